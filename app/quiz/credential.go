package quiz

// Which credential first: the credential guide's answer for one student,
// from where they are with school and what work they want. Every rule
// follows the eligibility in data/credentials.json; the test holds the two
// together (TestTheRuleFollowsTheEligibilityInTheData).

// Schooling is how far a student has got with the schooling the
// credentials ask for. HIM is health information management.
type Schooling int

const (
	SchoolingUnknown Schooling = iota
	// InHighSchool: no high school diploma or equivalent yet.
	InHighSchool
	// Diploma: a high school diploma or equivalent, and no HIM program.
	Diploma
	// OtherProgram: a certificate, or a program that is not accredited by
	// CAHIIM or not known to be.
	OtherProgram
	// AssociateStudying: in a CAHIIM-accredited associate-degree HIM program.
	AssociateStudying
	// AssociateDone: finished one.
	AssociateDone
	// DegreeDone: finished a CAHIIM-accredited associate or bachelor's HIM
	// program, which of the two unknown (the quiz asks it as one answer).
	DegreeDone
	// BachelorStudying: in a CAHIIM-accredited bachelor's HIM program.
	BachelorStudying
	// BachelorDone: finished a CAHIIM-accredited bachelor's or master's HIM
	// program.
	BachelorDone
)

// Focus is the work a student wants first.
type Focus int

const (
	FocusUnsure Focus = iota
	FocusRecords
	FocusCoding
)

// CredentialSituation is what the rule asks.
type CredentialSituation struct {
	Schooling Schooling
	Focus     Focus
	HoldsRHIT bool
}

// CredentialAdvice is the rule's answer. Credentials are ids in
// credentials.json.
type CredentialAdvice struct {
	// First is the credential to aim for first; "" when none is open to the
	// student yet.
	First string
	// Then are the credentials that usually follow.
	Then []string
	// Why says which eligibility rule leads to First, and Next what to do
	// now.
	Why, Next string
}

// Choice is one answer the credential guide offers to a question.
type Choice[T any] struct {
	Value T
	Label string
}

// SchoolingChoices are the answers to "Where are you with school?", in the
// order the guide shows them. DegreeDone comes only from quiz answers.
var SchoolingChoices = []Choice[Schooling]{
	{InHighSchool, "I am still in high school"},
	{Diploma, "I have a high school diploma or equivalent, and no health information program yet"},
	{OtherProgram, "I am in or have finished a certificate program, or a health information program that is not CAHIIM-accredited (or I don't know)"},
	{AssociateStudying, "I am in a CAHIIM-accredited associate degree program in health information management"},
	{AssociateDone, "I have finished a CAHIIM-accredited associate degree in health information management"},
	{BachelorStudying, "I am in a CAHIIM-accredited bachelor's program in health information management"},
	{BachelorDone, "I have finished a CAHIIM-accredited bachelor's or master's in health information management"},
}

// FocusChoices are the answers to "What work do you want first?".
var FocusChoices = []Choice[Focus]{
	{FocusRecords, "Health records and information: keeping records correct, complete and private"},
	{FocusCoding, "Coding: turning diagnoses and procedures into codes for billing"},
	{FocusUnsure, "I am not sure yet"},
}

// The sentences the rules share.
const (
	rhitNeeds = "The RHIT asks for a finished health information management (HIM) program at associate-degree level accredited by CAHIIM, or a bachelor's-level HIM program at an accredited college or university. A certificate program is not on that list."
	rhitEarly = "AHIMA lets students in a CAHIIM-accredited program sit the RHIT in their final term, or once their coursework is done while they wait to graduate."
	rhiaNeeds = "The RHIA asks for a finished CAHIIM-accredited bachelor's HIM program. Other routes: a CAHIIM-accredited master's HIM program, a CAHIIM-approved post-baccalaureate HIM certificate, or holding the RHIT and meeting the conditions CCHIIM set in 2017."
	ccaNeeds  = "The CCA, AHIMA's entry-level coding credential, asks only for a high school diploma or equivalent."
	ccaPrep   = "AHIMA recommends, but does not require, six months of coding experience, an AHIMA-approved coding program or other coding training first."
	ccsAfter  = "After it comes the CCS: AHIMA recommends the CCA plus one year of coding experience for it."
	ccsRHIT   = "For coding, the CCS comes next: AHIMA lists the RHIT among the recommended preparation."
	ccaAside  = "If you would rather code, the CCA is open to you now: it asks only for a high school diploma or equivalent."
)

// WhichCredentialFirst answers "which credential first?"; ok is false when
// the situation does not say enough (no schooling, and no RHIT held).
func WhichCredentialFirst(s CredentialSituation) (a CredentialAdvice, ok bool) {
	coding := s.Focus == FocusCoding
	if s.HoldsRHIT {
		switch {
		case s.Schooling == BachelorDone:
			return CredentialAdvice{First: "rhia", Why: "You hold the RHIT and have finished a CAHIIM-accredited bachelor's or master's HIM program, which is what the RHIA asks for.", Next: "Apply to sit the RHIA."}, true
		case coding:
			return CredentialAdvice{First: "ccs", Why: "The CCS asks for a high school diploma, and AHIMA lists the RHIT among the recommended preparation for it.", Next: "Apply to sit the CCS."}, true
		}
		return CredentialAdvice{First: "rhia", Why: "You hold the RHIT. " + rhiaNeeds, Next: "Look at CAHIIM-accredited bachelor's HIM programs, or check with AHIMA whether the 2017 conditions fit you."}, true
	}
	switch s.Schooling {
	case InHighSchool:
		if coding {
			return CredentialAdvice{Then: []string{"cca", "ccs"}, Why: ccaNeeds, Next: "Finish high school; then you can sit the CCA. " + ccaPrep}, true
		}
		return CredentialAdvice{Then: []string{"rhit"}, Why: rhitNeeds, Next: "Finish high school, then start a CAHIIM-accredited associate degree program in health information management."}, true
	case Diploma:
		if coding {
			return CredentialAdvice{First: "cca", Then: []string{"ccs"}, Why: ccaNeeds, Next: ccaPrep + " " + ccsAfter}, true
		}
		return withAside(CredentialAdvice{Then: []string{"rhit"}, Why: rhitNeeds, Next: "Start a CAHIIM-accredited associate degree program in health information management. " + rhitEarly}, s.Focus), true
	case OtherProgram:
		if coding {
			return CredentialAdvice{First: "cca", Then: []string{"ccs"}, Why: ccaNeeds + " Your training counts as preparation, accredited or not.", Next: ccsAfter}, true
		}
		return withAside(CredentialAdvice{Then: []string{"rhit"}, Why: "That depends on your program. " + rhitNeeds, Next: "Check whether your program is accredited by CAHIIM and at associate-degree level or higher: ask the school, or look for it in CAHIIM's list of accredited programs. If it is not, plan for one that is."}, s.Focus), true
	case AssociateStudying:
		return afterRHIT(CredentialAdvice{First: "rhit", Why: "You are in the kind of program the RHIT asks for. " + rhitEarly, Next: "Plan to sit the RHIT in your final term. The CCA is open to you now too, if you want a coding credential before you finish."}, coding), true
	case AssociateDone:
		return afterRHIT(CredentialAdvice{First: "rhit", Why: "You have finished a CAHIIM-accredited associate-degree HIM program, which is what the RHIT asks for.", Next: "Apply to sit the RHIT."}, coding), true
	case DegreeDone:
		return afterRHIT(CredentialAdvice{First: "rhit", Why: "The RHIT is open to you: it asks for a finished CAHIIM-accredited associate-degree HIM program, or a bachelor's-level HIM program at an accredited college or university.", Next: "If your degree is a CAHIIM-accredited bachelor's, you can sit the RHIA, the management-level credential, instead."}, coding), true
	case BachelorStudying:
		return CredentialAdvice{First: "rhia", Why: rhiaNeeds, Next: "Plan to sit the RHIA when you finish; our sources do not say it can be taken earlier. " + rhitEarly}, true
	case BachelorDone:
		a := CredentialAdvice{First: "rhia", Why: "You have finished a CAHIIM-accredited bachelor's or master's HIM program, which is what the RHIA asks for.", Next: "Apply to sit the RHIA."}
		if coding {
			a.Then = []string{"ccs"}
			a.Next += " For coding, the CCS follows: AHIMA lists the RHIA among the recommended preparation."
		}
		return a, true
	}
	return CredentialAdvice{}, false
}

// afterRHIT adds what follows the RHIT: the CCS for a coder, else the RHIA.
func afterRHIT(a CredentialAdvice, coding bool) CredentialAdvice {
	if coding {
		a.Then = []string{"ccs"}
		a.Next += " " + ccsRHIT
		return a
	}
	a.Then = []string{"rhia"}
	a.Next += " Later, the RHIA: it asks for a CAHIIM-accredited bachelor's HIM program, or the RHIT and CCHIIM's 2017 conditions, among other routes."
	return a
}

// withAside tells a student unsure of their focus that coding is open now.
func withAside(a CredentialAdvice, f Focus) CredentialAdvice {
	if f == FocusUnsure {
		a.Next += " " + ccaAside
	}
	return a
}

// The readiness quiz questions and choices SituationFromAnswers reads, by
// their position in data/quiz.json (TestQuizAnswersMeanWhatTheRuleReads
// checks the labels there still say this).
const (
	qTraining         = "edu-training"
	trainingNone      = 0
	trainingCertStudy = 1
	trainingAssocStud = 2
	trainingCertDone  = 3
	trainingDegree    = 4

	qAccredited   = "edu-accredited"
	accreditedYes = 3

	qRHIT    = "cert-rhit"
	rhitHeld = 3
)

// SituationFromAnswers reads the readiness quiz's saved answers (question
// id to choice) for what the rule needs. ok is false when they say neither
// where the student is with school nor that they hold the RHIT: "no
// training yet" does not say whether they have finished high school.
func SituationFromAnswers(answers map[string]int) (s CredentialSituation, ok bool) {
	choice, answered := answers[qAccredited]
	accredited := answered && choice == accreditedYes
	if training, answered := answers[qTraining]; answered {
		switch training {
		case trainingCertStudy, trainingCertDone:
			s.Schooling = OtherProgram
		case trainingAssocStud:
			s.Schooling = OtherProgram
			if accredited {
				s.Schooling = AssociateStudying
			}
		case trainingDegree:
			s.Schooling = OtherProgram
			if accredited {
				s.Schooling = DegreeDone
			}
		}
	}
	if choice, answered := answers[qRHIT]; answered && choice == rhitHeld {
		s.HoldsRHIT = true
	}
	return s, s.Schooling != SchoolingUnknown || s.HoldsRHIT
}
