"""Reading the text extraction of a 自评表 (lines of a flattened table): lines and blocks, the header and fund rows, the
indicator rows and their 一级/二级 labels (levels), rows duplicated by the extraction (duplicates), one project's table."""
