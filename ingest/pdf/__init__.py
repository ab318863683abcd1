"""Reading a 自评表 PDF with pdfplumber: characters and ruled cells (chars, grid), row kinds and labels, one project's
table (project, indicators, stitch across page breaks), checks that a page is readable (checks), and the project's own
renderer for test and benchmark PDFs (render)."""
