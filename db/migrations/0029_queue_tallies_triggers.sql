-- What each talent adds to the officers' queue tallies (db/schema/queue-tallies.ts): the one
-- definition the triggers and the backfill read, matching the queues' own conditions of waiting
-- (src/lib/server/officers/queues.ts). Each branch starts from `talents`, so a filter on
-- `talent_id` reaches every branch and a recount reads one talent's rows by index. The unary plus
-- keeps each count off the queues' partial indexes, which hold every waiting row: through them a
-- talent's count read the whole queue, and a seed of 15,000 talents took 11 s to count.
CREATE VIEW `queue_tally_sources` AS
SELECT t.id AS talent_id, 'profiles' AS queue, t.unit_id,
  (t.status = 'draft' AND t.review_state = 'waiting') AS count
FROM talents t
UNION ALL
SELECT t.id, 'achievements', t.unit_id, (
  SELECT count(*) FROM achievements a
  WHERE a.talent_id = t.id AND +a.verified_at IS NULL AND +a.review_state = 'waiting')
FROM talents t
UNION ALL
SELECT t.id, 'claims', t.unit_id, (
  SELECT count(*) FROM talent_claims c WHERE c.talent_id = t.id AND +c.status = 'pending')
FROM talents t
UNION ALL
SELECT t.id, 'corrections', t.unit_id, (
  SELECT count(*) FROM achievement_corrections c JOIN achievements a ON a.id = c.achievement_id
  WHERE a.talent_id = t.id AND +c.status = 'pending')
FROM talents t;
--> statement-breakpoint
-- Recounts one talent: takes away what it added, records what it adds now, adds that. A bulk seed
-- pauses it (queue_tally_pause) and rebuilds at the end.
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
  DELETE FROM queue_tally_dirty WHERE talent_id = NEW.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_talent_insert` AFTER INSERT ON `talents`
WHEN NEW.status = 'draft' AND NEW.review_state = 'waiting' BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_talent_update` AFTER UPDATE OF status, review_state, unit_id ON `talents`
WHEN NEW.status IS NOT OLD.status OR NEW.review_state IS NOT OLD.review_state OR NEW.unit_id IS NOT OLD.unit_id BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_talent_delete` AFTER DELETE ON `talents` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_achievement_insert` AFTER INSERT ON `achievements`
WHEN NEW.verified_at IS NULL AND NEW.review_state = 'waiting' BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_achievement_update` AFTER UPDATE OF verified_at, review_state, talent_id ON `achievements`
WHEN NEW.talent_id IS NOT OLD.talent_id
  OR (NEW.verified_at IS NULL AND NEW.review_state = 'waiting') IS NOT (OLD.verified_at IS NULL AND OLD.review_state = 'waiting') BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (OLD.talent_id);
  INSERT INTO queue_tally_dirty (talent_id) SELECT NEW.talent_id WHERE NEW.talent_id <> OLD.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_achievement_delete` AFTER DELETE ON `achievements` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_claim_insert` AFTER INSERT ON `talent_claims` WHEN NEW.status = 'pending' BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (NEW.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_claim_update` AFTER UPDATE OF status, talent_id ON `talent_claims` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (OLD.talent_id);
  INSERT INTO queue_tally_dirty (talent_id) SELECT NEW.talent_id WHERE NEW.talent_id <> OLD.talent_id;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_claim_delete` AFTER DELETE ON `talent_claims` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) VALUES (OLD.talent_id);
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_correction_insert` AFTER INSERT ON `achievement_corrections`
WHEN NEW.status = 'pending' BEGIN
  INSERT INTO queue_tally_dirty (talent_id) SELECT talent_id FROM achievements WHERE id = NEW.achievement_id;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_correction_update` AFTER UPDATE OF status, achievement_id ON `achievement_corrections` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) SELECT talent_id FROM achievements WHERE id = OLD.achievement_id;
  INSERT INTO queue_tally_dirty (talent_id)
    SELECT talent_id FROM achievements WHERE id = NEW.achievement_id AND NEW.achievement_id <> OLD.achievement_id;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_tally_correction_delete` AFTER DELETE ON `achievement_corrections` BEGIN
  INSERT INTO queue_tally_dirty (talent_id) SELECT talent_id FROM achievements WHERE id = OLD.achievement_id;
END;
--> statement-breakpoint
INSERT INTO queue_tally_marks (talent_id, queue, unit_id, count)
  SELECT talent_id, queue, unit_id, count FROM queue_tally_sources WHERE count > 0;
--> statement-breakpoint
INSERT INTO queue_tallies (queue, unit_id, count)
  SELECT queue, unit_id, sum(count) FROM queue_tally_marks GROUP BY queue, unit_id;
