-- District-level Youth Unions ceased on 30 June 2025 (Resolution 1654/NQ-UBTVQH15). They stay as
-- history so every talent and officer row that points at them remains valid; the reference seed
-- then adds today's commune, ward and special-zone unions and names each old unit's successor.
UPDATE `units` SET `active` = 0, `valid_to` = '2025-06-30'
  WHERE `kind` IN ('city', 'town', 'district') AND `valid_to` IS NULL;
--> statement-breakpoint
-- Directly attached unions are grouped by what they are: school unions apart from sectors and forces.
UPDATE `units` SET `kind` = 'school' WHERE `kind` = 'direct' AND `slug` LIKE 'doan-truong-%';
--> statement-breakpoint
UPDATE `units` SET `kind` = 'sector' WHERE `kind` = 'direct';
