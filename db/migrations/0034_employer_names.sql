-- Every employer's organisation name for the officers' search of the employers' queue, as
-- talent_names holds the talents' (rowid = employers.user_id; tone marks folded by SQLite, đ written
-- as d): a search reads the names that match, where folding every waiting employer's name in the
-- server grew with the employers.
CREATE VIRTUAL TABLE employer_names USING fts5(name, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6 7');--> statement-breakpoint
INSERT INTO employer_names (rowid, name) SELECT user_id, replace(replace(organisation_name, 'đ', 'd'), 'Đ', 'D') FROM employers;--> statement-breakpoint
CREATE TRIGGER employer_names_insert AFTER INSERT ON employers BEGIN
  INSERT INTO employer_names (rowid, name) VALUES (new.user_id, replace(replace(new.organisation_name, 'đ', 'd'), 'Đ', 'D'));
END;--> statement-breakpoint
CREATE TRIGGER employer_names_update AFTER UPDATE OF organisation_name, user_id ON employers BEGIN
  DELETE FROM employer_names WHERE rowid = old.user_id;
  INSERT INTO employer_names (rowid, name) VALUES (new.user_id, replace(replace(new.organisation_name, 'đ', 'd'), 'Đ', 'D'));
END;--> statement-breakpoint
CREATE TRIGGER employer_names_delete AFTER DELETE ON employers BEGIN
  DELETE FROM employer_names WHERE rowid = old.user_id;
END;
