ALTER TABLE `tenants` ADD `roles_managed_users` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `tenants` ADD `roles_managed_groups` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `tenants` ADD `roles_managed_service_accounts` integer DEFAULT true NOT NULL;