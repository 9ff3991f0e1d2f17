-- What each talent counts for in the target tallies (db/schema/targets.ts): the one definition the
-- triggers and the rebuild both read. Each branch starts from `talents` so that a filter on
-- `talent_id` reaches every branch (SQLite pushes it into a UNION ALL view), and years held twice
-- are skipped with NOT EXISTS rather than DISTINCT, which would stop that.
CREATE VIEW `target_tally_sources` AS
WITH standing AS (
  SELECT t.id AS talent_id, t.unit_id, t.birth_year, t.place_kind, h.year
  FROM talents t JOIN honours h ON h.talent_id = t.id
  WHERE h.revoked_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM honours o
    WHERE o.talent_id = h.talent_id AND o.year = h.year AND o.revoked_at IS NULL AND o.id < h.id)
)
SELECT t.id AS talent_id, f.first_year AS year, 'honoured' AS measure, t.unit_id, '' AS key
FROM talents t JOIN (
  SELECT min(year) AS first_year, talent_id FROM honours WHERE revoked_at IS NULL GROUP BY talent_id
) f ON f.talent_id = t.id
UNION ALL
SELECT t.id, (
  SELECT min(CAST(substr(a.held_on, 1, 4) AS INTEGER))
  FROM activity_participants p JOIN activities a ON a.id = p.activity_id
  WHERE p.talent_id = t.id AND a.held_on >= f.first_year || '-01-01'
), 'nurtured', t.unit_id, ''
FROM talents t JOIN (
  SELECT min(year) AS first_year, talent_id FROM honours WHERE revoked_at IS NULL GROUP BY talent_id
) f ON f.talent_id = t.id
WHERE EXISTS (
  SELECT 1 FROM activity_participants p JOIN activities a ON a.id = p.activity_id
  WHERE p.talent_id = t.id AND a.held_on >= f.first_year || '-01-01')
UNION ALL
SELECT talent_id, year, 'honoured_in', unit_id, '' FROM standing
UNION ALL
SELECT s.talent_id, s.year, 'field', s.unit_id, CAST(tf.field_id AS TEXT)
FROM standing s JOIN talent_fields tf ON tf.talent_id = s.talent_id
UNION ALL
SELECT s.talent_id, s.year, 'level', s.unit_id, a.level
FROM standing s JOIN achievements a ON a.talent_id = s.talent_id
WHERE a.verified_at IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM achievements o
  WHERE o.talent_id = a.talent_id AND o.level = a.level AND o.verified_at IS NOT NULL AND o.id < a.id)
UNION ALL
SELECT talent_id, year, 'age', unit_id, CAST(year - birth_year AS TEXT) FROM standing
UNION ALL
SELECT talent_id, year, 'place', unit_id, place_kind FROM standing
UNION ALL
SELECT t.id, CAST(strftime('%Y', t.updated_at / 1000, 'unixepoch', '+7 hours') AS INTEGER), 'updated', t.unit_id, ''
FROM talents t;
--> statement-breakpoint
-- Recounts one talent: takes away what it added, records what it adds now, adds that. A bulk seed
-- pauses it (target_tally_pause) and rebuilds at the end.
CREATE TRIGGER `target_tally_recount` AFTER INSERT ON `target_tally_dirty`
WHEN NOT EXISTS (SELECT 1 FROM target_tally_pause) BEGIN
  UPDATE target_tallies SET count = count - 1
  WHERE (year, measure, unit_id, key) IN (
    SELECT year, measure, unit_id, key FROM target_tally_marks WHERE talent_id = NEW.talent_id);
  DELETE FROM target_tallies WHERE count <= 0 AND (year, measure, unit_id, key) IN (
    SELECT year, measure, unit_id, key FROM target_tally_marks WHERE talent_id = NEW.talent_id);
  DELETE FROM target_tally_marks WHERE talent_id = NEW.talent_id;
  INSERT OR IGNORE INTO target_tally_marks (talent_id, year, measure, unit_id, key)
    SELECT talent_id, year, measure, unit_id, key FROM target_tally_sources WHERE talent_id = NEW.talent_id;
  INSERT INTO target_tallies (year, measure, unit_id, key, count)
    SELECT year, measure, unit_id, key, 1 FROM target_tally_marks WHERE talent_id = NEW.talent_id
    ON CONFLICT (measure, year, unit_id, key) DO UPDATE SET count = count + 1;
  DELETE FROM target_tally_dirty WHERE talent_id = NEW.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_talent_insert` AFTER INSERT ON `talents` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_talent_update` AFTER UPDATE OF unit_id, birth_year, place_kind, updated_at ON `talents` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_talent_delete` AFTER DELETE ON `talents` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_honour_insert` AFTER INSERT ON `honours` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_honour_update` AFTER UPDATE OF talent_id, year, revoked_at ON `honours` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
  INSERT INTO target_tally_dirty (talent_id) SELECT NEW.talent_id WHERE NEW.talent_id <> OLD.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_honour_delete` AFTER DELETE ON `honours` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_participant_insert` AFTER INSERT ON `activity_participants` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_participant_update` AFTER UPDATE ON `activity_participants` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
  INSERT INTO target_tally_dirty (talent_id) SELECT NEW.talent_id WHERE NEW.talent_id <> OLD.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_participant_delete` AFTER DELETE ON `activity_participants` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_activity_update` AFTER UPDATE OF held_on ON `activities` BEGIN
  INSERT INTO target_tally_dirty (talent_id)
    SELECT talent_id FROM activity_participants WHERE activity_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_field_insert` AFTER INSERT ON `talent_fields` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_field_delete` AFTER DELETE ON `talent_fields` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_achievement_insert` AFTER INSERT ON `achievements` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_achievement_update` AFTER UPDATE OF talent_id, level, verified_at ON `achievements` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
  INSERT INTO target_tally_dirty (talent_id) SELECT NEW.talent_id WHERE NEW.talent_id <> OLD.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `target_tally_achievement_delete` AFTER DELETE ON `achievements` BEGIN
  INSERT INTO target_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
-- The targets read every officer (trained or not): without this they would read every account.
CREATE INDEX `users_officers_idx` ON `users` (`unit_id`) WHERE `role` = 'officer';
--> statement-breakpoint
-- The national export reads only the talents who agreed to share: a handful beside the register.
CREATE INDEX `talents_shared_idx` ON `talents` (`unit_id`) WHERE `shared_with_youth_union_at` IS NOT NULL;
