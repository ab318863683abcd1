"""Reading 项目支出绩效自评表 reports (PDF or text extraction) into the side table and Chroma."""
