-- The waiting items of the talents' queues, one row each (db/schema/queue-tallies.ts,
-- `queue_entries`): the one definition the recount and the backfill read, matching the queues'
-- conditions of waiting as the tallies' view does. Each branch starts from `talents`, so a filter
-- on `talent_id` reaches every branch and a recount reads one talent's rows by index.
CREATE VIEW `queue_entry_sources` AS
SELECT 'profiles' AS queue, t.id AS item_id, t.created_at AS waiting_since, t.id AS talent_id,
  t.unit_id, t.birth_year, CASE WHEN t.user_id IS NULL THEN 'recorded' ELSE 'owned' END AS kind
FROM talents t WHERE +t.status = 'draft' AND +t.review_state = 'waiting'
UNION ALL
SELECT 'achievements', a.id, a.created_at, t.id, t.unit_id, t.birth_year, a.level
FROM talents t JOIN achievements a ON a.talent_id = t.id
WHERE +a.verified_at IS NULL AND +a.review_state = 'waiting'
UNION ALL
SELECT 'claims', c.id, c.created_at, t.id, t.unit_id, t.birth_year, NULL
FROM talents t JOIN talent_claims c ON c.talent_id = t.id WHERE +c.status = 'pending'
UNION ALL
SELECT 'corrections', c.id, c.created_at, t.id, t.unit_id, t.birth_year, NULL
FROM talents t JOIN achievements a ON a.talent_id = t.id
JOIN achievement_corrections c ON c.achievement_id = a.id WHERE +c.status = 'pending';
--> statement-breakpoint
-- The recount of one talent (migration 0029) now also writes its entries afresh: the row for any
-- field, then one per field of the talent.
DROP TRIGGER `queue_tally_recount`;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_recount` AFTER INSERT ON `queue_tally_dirty`
WHEN NOT EXISTS (SELECT 1 FROM queue_tally_pause) BEGIN
  UPDATE queue_tallies SET count = count - (
    SELECT m.count FROM queue_tally_marks m
    WHERE m.talent_id = NEW.talent_id AND m.queue = queue_tallies.queue)
  WHERE (queue, unit_id) IN (SELECT queue, unit_id FROM queue_tally_marks WHERE talent_id = NEW.talent_id);
  DELETE FROM queue_tally_marks WHERE talent_id = NEW.talent_id;
  INSERT INTO queue_tally_marks (talent_id, queue, unit_id, count)
    SELECT talent_id, queue, unit_id, count FROM queue_tally_sources
    WHERE talent_id = NEW.talent_id AND count > 0;
  INSERT INTO queue_tallies (queue, unit_id, count)
    SELECT queue, unit_id, count FROM queue_tally_marks WHERE talent_id = NEW.talent_id
    ON CONFLICT (queue, unit_id) DO UPDATE SET count = count + excluded.count;
  DELETE FROM queue_entries WHERE talent_id = NEW.talent_id;
  INSERT INTO queue_entries (queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind)
    SELECT queue, 0, waiting_since, item_id, talent_id, unit_id, birth_year, kind
    FROM queue_entry_sources WHERE talent_id = NEW.talent_id;
  INSERT INTO queue_entries (queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind)
    SELECT e.queue, f.field_id, e.waiting_since, e.item_id, e.talent_id, e.unit_id, e.birth_year, e.kind
    FROM queue_entries e JOIN talent_fields f ON f.talent_id = e.talent_id
    WHERE e.talent_id = NEW.talent_id AND e.field_id = 0;
  DELETE FROM queue_tally_dirty WHERE talent_id = NEW.talent_id;
END;
--> statement-breakpoint
-- What an entry holds besides what the tallies' triggers watch: a talent's birth year and owner
-- (a draft's kind), an achievement's level, a talent's fields.
CREATE TRIGGER `queue_entry_talent_update` AFTER UPDATE OF birth_year, user_id ON `talents`
WHEN NEW.birth_year IS NOT OLD.birth_year OR NEW.user_id IS NOT OLD.user_id BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_entry_achievement_level` AFTER UPDATE OF level ON `achievements`
WHEN NEW.level IS NOT OLD.level AND NEW.verified_at IS NULL BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_entry_field_insert` AFTER INSERT ON `talent_fields` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_entry_field_delete` AFTER DELETE ON `talent_fields` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
INSERT INTO queue_entries (queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind)
  SELECT queue, 0, waiting_since, item_id, talent_id, unit_id, birth_year, kind FROM queue_entry_sources;
--> statement-breakpoint
INSERT INTO queue_entries (queue, field_id, waiting_since, item_id, talent_id, unit_id, birth_year, kind)
  SELECT e.queue, f.field_id, e.waiting_since, e.item_id, e.talent_id, e.unit_id, e.birth_year, e.kind
  FROM queue_entries e JOIN talent_fields f ON f.talent_id = e.talent_id WHERE e.field_id = 0;
--> statement-breakpoint
-- An application's `unit_id` is its talent's unit (db/schema/award-applications.ts), set as it
-- comes and kept as the talent moves or the application passes to another talent (a merge).
CREATE TRIGGER `award_applications_unit_insert` AFTER INSERT ON `award_applications` BEGIN
  UPDATE award_applications SET unit_id = (SELECT unit_id FROM talents WHERE id = NEW.talent_id)
  WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `award_applications_unit_talent` AFTER UPDATE OF talent_id ON `award_applications`
WHEN NEW.talent_id IS NOT OLD.talent_id BEGIN
  UPDATE award_applications SET unit_id = (SELECT unit_id FROM talents WHERE id = NEW.talent_id)
  WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `award_applications_unit_moved` AFTER UPDATE OF unit_id ON `talents`
WHEN NEW.unit_id IS NOT OLD.unit_id BEGIN
  UPDATE award_applications SET unit_id = NEW.unit_id WHERE talent_id = NEW.id;
END;
--> statement-breakpoint
UPDATE award_applications SET unit_id = (SELECT unit_id FROM talents WHERE talents.id = award_applications.talent_id);
