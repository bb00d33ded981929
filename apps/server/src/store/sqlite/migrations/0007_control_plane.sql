ALTER TABLE `credentials` ADD `username` text;--> statement-breakpoint
CREATE UNIQUE INDEX `credentials_tenant_username` ON `credentials` (`tenant_id`,`username`);--> statement-breakpoint
ALTER TABLE `tenants` ADD `scim_enabled` integer DEFAULT true NOT NULL;