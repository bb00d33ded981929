CREATE TABLE `service_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`display_name` text NOT NULL,
	`display_name_key` text NOT NULL,
	`external_id` text,
	`active` integer NOT NULL,
	`data` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_accounts_tenant_display_name` ON `service_accounts` (`tenant_id`,`display_name_key`);--> statement-breakpoint
CREATE INDEX `service_accounts_tenant_external_id` ON `service_accounts` (`tenant_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `service_accounts_tenant_created` ON `service_accounts` (`tenant_id`,`created_at`,`id`);