-- The embedded engine's full-text index; rowid = talent id. Text is folded by the app (tone marks
-- removed, đ→d) into name/awards/body; `exact` keeps the accents so an accented query can rank
-- exact-accent matches first. The tokenizer keeps diacritics: folding is the app's job, done once.
CREATE VIRTUAL TABLE search_fts USING fts5(name, awards, body, exact, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
--> statement-breakpoint
-- Terms of the index, for typo tolerance.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
--> statement-breakpoint
INSERT INTO search_state (id, seq) VALUES (1, 0);
