package ui

// appName is the product name shown in the header, titles and manifest.
const appName = "HIT Career Coach"
