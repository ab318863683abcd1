"""Reading a 自评表 from an office file or a web page (.xlsx, .docx, .html) straight from its cells, with the cell
address as provenance; the grid itself is read by ``ingest.grid_report`` as for a PDF."""
