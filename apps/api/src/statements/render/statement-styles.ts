const BASE = `
  body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; background: #fff; margin: 0; }
  main { max-width: 48em; margin: 0 auto; padding: 1.5em; }
  h1, h2, h3 { font-weight: bold; line-height: 1.25; margin: 1.2em 0 0.5em; }
  table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
  caption { text-align: left; font-weight: bold; padding: 0.25em 0; }
  th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; border-bottom: 1px solid #b1b4b6; }
  .num { text-align: right; white-space: nowrap; }
  .total th, .total td { font-weight: bold; border-bottom-width: 2px; }
  .intro { border-left: 0.3em solid #005eb8; padding-left: 0.75em; }
  @media print { main { max-width: none; padding: 0; } }
`;

/** Standard print: 12pt body text. */
export const STANDARD_STYLESHEET = `${BASE}
  body { font-size: 12pt; line-height: 1.4; }
  h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; }
`;

/** Large print: 18pt body text (at least 16pt throughout), generous spacing, no text smaller than body. */
export const LARGE_PRINT_STYLESHEET = `${BASE}
  body { font-size: 18pt; line-height: 1.5; letter-spacing: 0.01em; }
  h1 { font-size: 28pt; } h2 { font-size: 24pt; } h3 { font-size: 20pt; }
  th, td, caption, li, p { font-size: 18pt; }
  th, td { padding: 0.5em 0.6em; }
  main { max-width: 40em; }
`;
