-- The audit log's search index: rowid = audit_log.id, text folded by the app (tone marks removed,
-- đ→d). Contentless: the log keeps the text, the index only answers which rows match, in rowid order.
CREATE VIRTUAL TABLE audit_search USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
