ALTER TABLE `users` ADD `emails_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `users` SET `emails_key` = coalesce((SELECT group_concat(lower(json_extract(`e`.`value`, '$.value')), char(10)) FROM json_each(`users`.`data`, '$.emails') AS `e` WHERE json_type(`e`.`value`, '$.value') = 'text'), '');
