-- Every talent's name for the officers' searches (the queues and the records page), whatever the
-- talent's status: rowid = talents.id. SQLite folds the tone marks (remove_diacritics 2) but keeps
-- đ a letter of its own, so the triggers write it as d, as foldVietnamese does. Contentless: the
-- talents keep the names, the index only answers which rows match.
CREATE VIRTUAL TABLE talent_names USING fts5(name, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');--> statement-breakpoint
INSERT INTO talent_names (rowid, name) SELECT id, replace(replace(full_name, 'đ', 'd'), 'Đ', 'D') FROM talents;--> statement-breakpoint
CREATE TRIGGER talent_names_insert AFTER INSERT ON talents BEGIN
  INSERT INTO talent_names (rowid, name) VALUES (new.id, replace(replace(new.full_name, 'đ', 'd'), 'Đ', 'D'));
END;--> statement-breakpoint
CREATE TRIGGER talent_names_update AFTER UPDATE OF full_name ON talents BEGIN
  DELETE FROM talent_names WHERE rowid = old.id;
  INSERT INTO talent_names (rowid, name) VALUES (new.id, replace(replace(new.full_name, 'đ', 'd'), 'Đ', 'D'));
END;--> statement-breakpoint
CREATE TRIGGER talent_names_delete AFTER DELETE ON talents BEGIN
  DELETE FROM talent_names WHERE rowid = old.id;
END;
