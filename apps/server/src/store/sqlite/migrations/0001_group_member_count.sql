ALTER TABLE `groups` ADD `member_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `groups` SET `member_count` = (SELECT count(*) FROM `group_members` WHERE `group_members`.`group_id` = `groups`.`id`);
