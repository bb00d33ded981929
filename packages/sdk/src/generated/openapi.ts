// Generated from the server's OpenAPI document by `npx -y pnpm@10.34.9 --filter @scim/sdk generate`. Do not edit.

export interface paths {
    "/scim/v2/{tenant}/ServiceProviderConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supported features */
        get: operations["discovery-serviceProviderConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/ResourceTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resource types */
        get: operations["discovery-resourceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/ResourceTypes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resource type */
        get: operations["discovery-resourceType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schemas */
        get: operations["discovery-schemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Schemas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One schema */
        get: operations["discovery-schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List, filter and sort users (RFC 7644 §3.4.2) */
        get: operations["users-list"];
        put?: never;
        /** Create a user */
        post: operations["users-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["users-get"];
        /** Replace a user */
        put: operations["users-replace"];
        post?: never;
        /** Delete a user */
        delete: operations["users-delete"];
        options?: never;
        head?: never;
        /** Modify a user (RFC 7644 §3.5.2) */
        patch: operations["users-patch"];
        trace?: never;
    };
    "/scim/v2/{tenant}/Groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List, filter and sort groups (RFC 7644 §3.4.2) */
        get: operations["groups-list"];
        put?: never;
        /** Create a group */
        post: operations["groups-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a group */
        get: operations["groups-get"];
        /** Replace a group and its members */
        put: operations["groups-replace"];
        post?: never;
        /** Delete a group */
        delete: operations["groups-delete"];
        options?: never;
        head?: never;
        /** Modify a group or its members */
        patch: operations["groups-patch"];
        trace?: never;
    };
    "/scim/v2/{tenant}/ServiceAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List, filter and sort service accounts (RFC 7644 §3.4.2) */
        get: operations["serviceAccounts-list"];
        put?: never;
        /** Create a service account */
        post: operations["serviceAccounts-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/ServiceAccounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a service account */
        get: operations["serviceAccounts-get"];
        /** Replace a service account */
        put: operations["serviceAccounts-replace"];
        post?: never;
        /** Delete a service account */
        delete: operations["serviceAccounts-delete"];
        options?: never;
        head?: never;
        /** Modify a service account (RFC 7644 §3.5.2) */
        patch: operations["serviceAccounts-patch"];
        trace?: never;
    };
    "/scim/v2/{tenant}/Users/.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search users */
        post: operations["search-users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Groups/.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search groups */
        post: operations["search-groups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/ServiceAccounts/.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search service accounts */
        post: operations["search-serviceAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search all resource types */
        post: operations["search-root"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assignable roles */
        get: operations["roles-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an assignable role */
        get: operations["roles-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/{tenant}/Bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run many operations in one request (RFC 7644 §3.7) */
        post: operations["bulk-submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All tenants */
        get: operations["admin-tenants-list"];
        put?: never;
        /** Create a tenant */
        post: operations["admin-tenants-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tenant with all its users, groups, service accounts and credentials */
        delete: operations["admin-tenants-delete"];
        options?: never;
        head?: never;
        /** Rename a tenant */
        patch: operations["admin-tenants-rename"];
        trace?: never;
    };
    "/api/tenants/{tenant}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant's credentials (bearer and Basic), never their secrets */
        get: operations["admin-tokens-list"];
        put?: never;
        /** Issue a bearer token; it is shown only in this response */
        post: operations["admin-tokens-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a credential at once */
        delete: operations["admin-tokens-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/tokens/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a bearer token and issue a new one with the same label */
        post: operations["admin-tokens-regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/basic-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an HTTP Basic credential; only a scrypt hash of the password is kept */
        post: operations["admin-basicCredentials-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user, with who manages it */
        get: operations["admin-directory-getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a local user's profile, suspend or reactivate it (403 for SCIM-managed users) */
        patch: operations["admin-directory-updateUser"];
        trace?: never;
    };
    "/api/tenants/{tenant}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a local user (e.g. on just-in-time sign-in); SCIM may adopt it later */
        post: operations["admin-directory-createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group, with who manages it and its roles */
        get: operations["admin-directory-getGroup"];
        put?: never;
        post?: never;
        /** Delete a local group (403 for SCIM-managed groups) */
        delete: operations["admin-directory-deleteGroup"];
        options?: never;
        head?: never;
        /** Rename a local group or change its members (403 for SCIM-managed groups) */
        patch: operations["admin-directory-updateGroup"];
        trace?: never;
    };
    "/api/tenants/{tenant}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a local group, with members and roles */
        post: operations["admin-directory-createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/groups/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a group's roles, whether SCIM or the app manages the group */
        put: operations["admin-directory-setGroupRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Locks on deprovisioned users, newest first; poll with `since` to revoke sessions */
        get: operations["admin-directory-locks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/locks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lift a lock by hand (re-provisioning lifts it by itself) */
        delete: operations["admin-directory-liftLock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/access-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** May this user sign in now? "locked" after deprovisioning, even once deleted */
        get: operations["admin-directory-checkAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail: every change, who made it, before and after; newest first, page with `before` */
        get: operations["admin-audit-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/request-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the IdP sent and got back, secrets redacted; newest first, page with `before` */
        get: operations["admin-requestLog-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant's webhook endpoints and their delivery state (never their secrets) */
        get: operations["admin-webhooks-list"];
        put?: never;
        /** Add an endpoint for change events from now on; its signing secret is shown only here */
        post: operations["admin-webhooks-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint; undelivered events are not sent to it */
        delete: operations["admin-webhooks-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint: every attempt, newest first */
        get: operations["admin-webhooks-deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant's workspaces and secret scopes */
        get: operations["admin-catalog-list"];
        put?: never;
        /** Add workspaces and secret scopes */
        post: operations["admin-catalog-add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant's settings */
        get: operations["admin-settings-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a tenant's settings */
        patch: operations["admin-settings-update"];
        trace?: never;
    };
    "/api/tenants/{tenant}/users/{id}/effective-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's effective roles, each with where it comes from */
        get: operations["admin-access-user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{tenant}/service-accounts/{id}/effective-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service account's effective roles, each with where it comes from */
        get: operations["admin-access-serviceAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An admin API error (tRPC error, REST form). */
        AdminError: {
            message: string;
            /** @description The tRPC error code, e.g. NOT_FOUND. */
            code: string;
            data: {
                code?: string;
                httpStatus?: number;
                /** @description The procedure, e.g. tenants.create. */
                path?: string;
            };
            /** @description Input validation issues. */
            issues?: Record<string, unknown>[];
        };
        /** @description Many operations in one request (RFC 7644 §3.7); `bulkId:<id>` refers to a resource created in it. */
        BulkRequest: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:BulkRequest. */
            schemas?: string[];
            failOnErrors?: number;
            Operations: {
                /** @enum {string} */
                method: "POST" | "PUT" | "PATCH" | "DELETE";
                /** @description Required for POST (RFC 7644 §3.7). */
                bulkId?: string;
                /** @description An ETag, as If-Match. */
                version?: string;
                /** @description e.g. /Users or /Groups/{id} */
                path: string;
                /** @description The resource, or a PatchOp for PATCH. */
                data?: Record<string, unknown>;
            }[];
        };
        /** @description The result of each operation of a BulkRequest, in order. */
        BulkResponse: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:BulkResponse. */
            schemas: string[];
            Operations: {
                method: string;
                bulkId?: string;
                version?: string;
                location?: string;
                status: string;
                response?: components["schemas"]["ScimError"];
            }[];
        };
        /** @description Enterprise User (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User). */
        EnterpriseUserExtension: {
            /** @description A string identifier, typically numeric or alphanumeric. */
            employeeNumber?: string;
            /** @description Identifies the name of a cost center. */
            costCenter?: string;
            /** @description Identifies the name of an organization. */
            organization?: string;
            /** @description Identifies the name of a division. */
            division?: string;
            /** @description Identifies the name of a department. */
            department?: string;
            /** @description The user's manager. */
            manager?: {
                /** @description The id of the SCIM resource representing the manager. */
                value?: string;
                /** @description The URI of the manager's resource. */
                $ref?: string;
                /** @description The displayName of the user's manager. */
                readonly displayName?: string;
            };
        };
        /** @description Group (urn:ietf:params:scim:schemas:core:2.0:Group). Attributes of extensions the server has no schema for are kept. */
        Group: {
            /** @description The schema URNs of the resource: urn:ietf:params:scim:schemas:core:2.0:Group and any extensions in use. */
            schemas: string[];
            /** @description Unique identifier issued by the service provider. */
            readonly id: string;
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description Resource metadata. */
            readonly meta?: {
                readonly resourceType?: string;
                /** Format: date-time */
                readonly created?: string;
                /** Format: date-time */
                readonly lastModified?: string;
                readonly location?: string;
                readonly version?: string;
            };
            /** @description A human-readable name for the Group, unique per tenant. */
            displayName?: string;
            /** @description A list of members of the Group. */
            members?: {
                /** @description Identifier of the member. */
                value?: string;
                /** @description The URI of the member resource. */
                $ref?: string;
                /** @description The type of the member resource. */
                type?: string;
                /** @description The display name of the member (computed by the server). */
                readonly display?: string;
            }[];
            /** @description What the group is for. */
            description?: string;
            /** @description Names of the identity-provider groups mapped to this group. */
            idpMappingNames?: string[];
            /** @description Role assignments of the group, in the role-type grammar; members inherit them. */
            roles?: {
                /** @description The value of the roles entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the roles entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description Group (urn:ietf:params:scim:schemas:core:2.0:Group). Attributes of extensions the server has no schema for are kept. */
        GroupInput: {
            /** @description The schema URNs of the resource: urn:ietf:params:scim:schemas:core:2.0:Group and any extensions in use. */
            schemas?: string[];
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description A human-readable name for the Group, unique per tenant. */
            displayName: string;
            /** @description A list of members of the Group. */
            members?: {
                /** @description Identifier of the member. */
                value?: string;
                /** @description The URI of the member resource. */
                $ref?: string;
                /** @description The type of the member resource. */
                type?: string;
            }[];
            /** @description What the group is for. */
            description?: string;
            /** @description Names of the identity-provider groups mapped to this group. */
            idpMappingNames?: string[];
            /** @description Role assignments of the group, in the role-type grammar; members inherit them. */
            roles?: {
                /** @description The value of the roles entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the roles entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of Groups. */
        GroupListResponse: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:ListResponse. */
            schemas: string[];
            totalResults: number;
            /** @description Absent with cursor paging. */
            startIndex?: number;
            itemsPerPage: number;
            Resources: components["schemas"]["Group"][];
            /** @description RFC 9865: the cursor of the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description A page of resources. */
        ListResponse: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:ListResponse. */
            schemas: string[];
            totalResults: number;
            /** @description Absent with cursor paging. */
            startIndex?: number;
            itemsPerPage: number;
            Resources: components["schemas"]["ScimDocument"][];
            /** @description RFC 9865: the cursor of the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description A PATCH request (RFC 7644 §3.5.2); all operations apply, or none. */
        PatchOp: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:PatchOp. */
            schemas?: string[];
            Operations: {
                /** @enum {string} */
                op: "add" | "remove" | "replace";
                /** @description An attribute path, e.g. members[value eq "…"]. */
                path?: string;
                /** @description The value to add or replace; with no path, an object of attributes. */
                value?: unknown;
            }[];
        };
        /** @description Assignable roles (read-only) (urn:scim-server:schemas:core:1.0:Role). Attributes of extensions the server has no schema for are kept. */
        Role: {
            /** @description The schema URNs of the resource: urn:scim-server:schemas:core:1.0:Role and any extensions in use. */
            schemas: string[];
            /** @description Unique identifier issued by the service provider. */
            readonly id: string;
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description Resource metadata. */
            readonly meta?: {
                readonly resourceType?: string;
                /** Format: date-time */
                readonly created?: string;
                /** Format: date-time */
                readonly lastModified?: string;
                readonly location?: string;
                readonly version?: string;
            };
            /** @description The role type, e.g. account_type, all_workspaces, workspace_prod, secret_scope_x. */
            readonly type?: string;
            /** @description The role value, e.g. admin, editor, secret_scope_reader. */
            readonly value?: string;
            /** @description A human-readable name. */
            readonly display?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A page of Roles. */
        RoleListResponse: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:ListResponse. */
            schemas: string[];
            totalResults: number;
            /** @description Absent with cursor paging. */
            startIndex?: number;
            itemsPerPage: number;
            Resources: components["schemas"]["Role"][];
            /** @description RFC 9865: the cursor of the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description A SCIM JSON object (a resource or a discovery document). */
        ScimDocument: {
            [key: string]: unknown;
        };
        /** @description A SCIM error (RFC 7644 §3.12). */
        ScimError: {
            schemas: "urn:ietf:params:scim:api:messages:2.0:Error"[];
            /** @description The HTTP status, as a string. */
            status: string;
            /**
             * @description The detail error keyword (RFC 7644 §3.12 Table 9; RFC 9865 for cursors).
             * @enum {string}
             */
            scimType?: "invalidFilter" | "tooMany" | "uniqueness" | "mutability" | "invalidSyntax" | "invalidPath" | "noTarget" | "invalidValue" | "invalidVers" | "sensitive" | "invalidCursor" | "expiredCursor" | "invalidCount";
            /** @description A human-readable explanation. */
            detail: string;
        };
        /** @description A query in the body (RFC 7644 §3.4.3), answered like GET with the same parameters. */
        SearchRequest: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:SearchRequest. */
            schemas?: string[];
            attributes?: string[];
            excludedAttributes?: string[];
            filter?: string;
            sortBy?: string;
            /** @enum {string} */
            sortOrder?: "ascending" | "descending";
            startIndex?: number;
            count?: number;
            /** @description RFC 9865: empty for the first page. */
            cursor?: string;
        };
        /** @description Non-human account (automation, CI, integrations) (urn:scim-server:schemas:core:1.0:ServiceAccount). Attributes of extensions the server has no schema for are kept. */
        ServiceAccount: {
            /** @description The schema URNs of the resource: urn:scim-server:schemas:core:1.0:ServiceAccount and any extensions in use. */
            schemas: string[];
            /** @description Unique identifier issued by the service provider. */
            readonly id: string;
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description Resource metadata. */
            readonly meta?: {
                readonly resourceType?: string;
                /** Format: date-time */
                readonly created?: string;
                /** Format: date-time */
                readonly lastModified?: string;
                readonly location?: string;
                readonly version?: string;
            };
            /** @description A human-readable name for the service account, unique per tenant. */
            displayName?: string;
            /** @description What the service account is for. */
            description?: string;
            /** @description The service account's administrative status. */
            active?: boolean;
            /** @description Role assignments of the service account, in the role-type grammar. */
            roles?: {
                /** @description The value of the roles entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the roles entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Groups the service account belongs to directly; maintained by the server. */
            readonly groups?: {
                /** @description The value of the groups entry. */
                readonly value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                readonly display?: string;
                /** @description A label indicating the groups entry's function. */
                readonly type?: string;
                /** @description Whether this is the preferred entry. */
                readonly primary?: boolean;
                /** @description The URI of the Group. */
                readonly $ref?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description Non-human account (automation, CI, integrations) (urn:scim-server:schemas:core:1.0:ServiceAccount). Attributes of extensions the server has no schema for are kept. */
        ServiceAccountInput: {
            /** @description The schema URNs of the resource: urn:scim-server:schemas:core:1.0:ServiceAccount and any extensions in use. */
            schemas?: string[];
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description A human-readable name for the service account, unique per tenant. */
            displayName: string;
            /** @description What the service account is for. */
            description?: string;
            /** @description The service account's administrative status. */
            active?: boolean;
            /** @description Role assignments of the service account, in the role-type grammar. */
            roles?: {
                /** @description The value of the roles entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the roles entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of ServiceAccounts. */
        ServiceAccountListResponse: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:ListResponse. */
            schemas: string[];
            totalResults: number;
            /** @description Absent with cursor paging. */
            startIndex?: number;
            itemsPerPage: number;
            Resources: components["schemas"]["ServiceAccount"][];
            /** @description RFC 9865: the cursor of the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description User Account (urn:ietf:params:scim:schemas:core:2.0:User). Attributes of extensions the server has no schema for are kept. */
        User: {
            /** @description The schema URNs of the resource: urn:ietf:params:scim:schemas:core:2.0:User and any extensions in use. */
            schemas: string[];
            /** @description Unique identifier issued by the service provider. */
            readonly id: string;
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description Resource metadata. */
            readonly meta?: {
                readonly resourceType?: string;
                /** Format: date-time */
                readonly created?: string;
                /** Format: date-time */
                readonly lastModified?: string;
                readonly location?: string;
                readonly version?: string;
            };
            /** @description Unique identifier for the User, compared case-insensitively. */
            userName?: string;
            /** @description The components of the user's real name. */
            name?: {
                /** @description The full name, formatted for display. */
                formatted?: string;
                /** @description The family name (last name). */
                familyName?: string;
                /** @description The given name (first name). */
                givenName?: string;
                /** @description The middle name(s). */
                middleName?: string;
                /** @description Title, e.g. "Ms.". */
                honorificPrefix?: string;
                /** @description Suffix, e.g. "III". */
                honorificSuffix?: string;
            };
            /** @description The name of the User, for display. */
            displayName?: string;
            /** @description The casual way to address the user. */
            nickName?: string;
            /** @description A URI of the user's online profile. */
            profileUrl?: string;
            /** @description The user's title, e.g. "Vice President". */
            title?: string;
            /** @description The relationship between the organization and the user. */
            userType?: string;
            /** @description The user's preferred language (RFC 7231). */
            preferredLanguage?: string;
            /** @description The user's default location, e.g. en-US. */
            locale?: string;
            /** @description The IANA time zone, e.g. "America/Los_Angeles". */
            timezone?: string;
            /** @description The user's administrative status. */
            active?: boolean;
            /** @description Email addresses for the user. */
            emails?: {
                /** @description The value of the emails entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the emails entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Phone numbers for the user. */
            phoneNumbers?: {
                /** @description The value of the phoneNumbers entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the phoneNumbers entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Instant messaging addresses for the user. */
            ims?: {
                /** @description The value of the ims entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the ims entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description URLs of images of the user. */
            photos?: {
                /** @description The value of the photos entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the photos entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Physical mailing addresses for this user. */
            addresses?: {
                /** @description The full mailing address. */
                formatted?: string;
                /** @description The full street address. */
                streetAddress?: string;
                /** @description The city or locality. */
                locality?: string;
                /** @description The state or region. */
                region?: string;
                /** @description The zip code or postal code. */
                postalCode?: string;
                /** @description The country name (ISO 3166-1 alpha-2). */
                country?: string;
                /** @description A label indicating the address's function. */
                type?: string;
                /** @description Whether this is the preferred address. */
                primary?: boolean;
            }[];
            /** @description Groups the user belongs to, directly or indirectly; maintained by the server. */
            readonly groups?: {
                /** @description The value of the groups entry. */
                readonly value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                readonly display?: string;
                /** @description A label indicating the groups entry's function. */
                readonly type?: string;
                /** @description Whether this is the preferred entry. */
                readonly primary?: boolean;
                /** @description The URI of the Group. */
                readonly $ref?: string;
            }[];
            /** @description Entitlements for the user. */
            entitlements?: {
                /** @description The value of the entitlements entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the entitlements entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Roles for the user. */
            roles?: {
                /** @description The value of the roles entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the roles entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description DER-encoded X.509 certificates issued to the user. */
            x509Certificates?: {
                /** @description The value of the x509Certificates entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the x509Certificates entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: components["schemas"]["EnterpriseUserExtension"];
        } & {
            [key: string]: unknown;
        };
        /** @description User Account (urn:ietf:params:scim:schemas:core:2.0:User). Attributes of extensions the server has no schema for are kept. */
        UserInput: {
            /** @description The schema URNs of the resource: urn:ietf:params:scim:schemas:core:2.0:User and any extensions in use. */
            schemas?: string[];
            /** @description Identifier issued by the provisioning client. */
            externalId?: string;
            /** @description Unique identifier for the User, compared case-insensitively. */
            userName: string;
            /** @description The components of the user's real name. */
            name?: {
                /** @description The full name, formatted for display. */
                formatted?: string;
                /** @description The family name (last name). */
                familyName?: string;
                /** @description The given name (first name). */
                givenName?: string;
                /** @description The middle name(s). */
                middleName?: string;
                /** @description Title, e.g. "Ms.". */
                honorificPrefix?: string;
                /** @description Suffix, e.g. "III". */
                honorificSuffix?: string;
            };
            /** @description The name of the User, for display. */
            displayName?: string;
            /** @description The casual way to address the user. */
            nickName?: string;
            /** @description A URI of the user's online profile. */
            profileUrl?: string;
            /** @description The user's title, e.g. "Vice President". */
            title?: string;
            /** @description The relationship between the organization and the user. */
            userType?: string;
            /** @description The user's preferred language (RFC 7231). */
            preferredLanguage?: string;
            /** @description The user's default location, e.g. en-US. */
            locale?: string;
            /** @description The IANA time zone, e.g. "America/Los_Angeles". */
            timezone?: string;
            /** @description The user's administrative status. */
            active?: boolean;
            /** @description The user's cleartext password; accepted, never returned. */
            password?: string;
            /** @description Email addresses for the user. */
            emails?: {
                /** @description The value of the emails entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the emails entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Phone numbers for the user. */
            phoneNumbers?: {
                /** @description The value of the phoneNumbers entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the phoneNumbers entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Instant messaging addresses for the user. */
            ims?: {
                /** @description The value of the ims entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the ims entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description URLs of images of the user. */
            photos?: {
                /** @description The value of the photos entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the photos entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Physical mailing addresses for this user. */
            addresses?: {
                /** @description The full mailing address. */
                formatted?: string;
                /** @description The full street address. */
                streetAddress?: string;
                /** @description The city or locality. */
                locality?: string;
                /** @description The state or region. */
                region?: string;
                /** @description The zip code or postal code. */
                postalCode?: string;
                /** @description The country name (ISO 3166-1 alpha-2). */
                country?: string;
                /** @description A label indicating the address's function. */
                type?: string;
                /** @description Whether this is the preferred address. */
                primary?: boolean;
            }[];
            /** @description Entitlements for the user. */
            entitlements?: {
                /** @description The value of the entitlements entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the entitlements entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description Roles for the user. */
            roles?: {
                /** @description The value of the roles entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the roles entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            /** @description DER-encoded X.509 certificates issued to the user. */
            x509Certificates?: {
                /** @description The value of the x509Certificates entry. */
                value?: string;
                /** @description A human-readable name, primarily used for display purposes. */
                display?: string;
                /** @description A label indicating the x509Certificates entry's function. */
                type?: string;
                /** @description Whether this is the preferred entry. */
                primary?: boolean;
            }[];
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: components["schemas"]["EnterpriseUserExtension"];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of Users. */
        UserListResponse: {
            /** @description Contains urn:ietf:params:scim:api:messages:2.0:ListResponse. */
            schemas: string[];
            totalResults: number;
            /** @description Absent with cursor paging. */
            startIndex?: number;
            itemsPerPage: number;
            Resources: components["schemas"]["User"][];
            /** @description RFC 9865: the cursor of the next page; absent on the last page. */
            nextCursor?: string;
        };
    };
    responses: {
        /** @description The input is invalid. */
        AdminError400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The admin credential is missing or wrong. */
        AdminError401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description Forbidden. */
        AdminError403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The tenant (or the resource named in the path) does not exist. */
        AdminError404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description It already exists. */
        AdminError409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The body is not sent as application/json. */
        AdminError415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The server failed. */
        AdminError500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdminError"];
            };
        };
        /** @description The request is invalid; `scimType` says how (invalidFilter, invalidValue, invalidSyntax, …). */
        ScimError400: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description Credentials are missing or invalid (also for an unknown tenant). */
        ScimError401: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description SCIM provisioning is turned off for this tenant. */
        ScimError403: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description No such resource. */
        ScimError404: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description A unique attribute is already taken (`scimType` uniqueness). */
        ScimError409: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description If-Match does not name the current version (RFC 7644 §3.14). */
        ScimError412: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description The body is over 1 MiB, or a Bulk request has more than 1,000 operations. */
        ScimError413: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description The Content-Type is neither application/scim+json nor application/json. */
        ScimError415: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description Too many requests for this credential; retry after `Retry-After` seconds. */
        ScimError429: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
        /** @description The server failed. */
        ScimError500: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The resource's version as a weak entity tag, equal to meta.version (RFC 7644 §3.14). */
        ETag: string;
        /** @description The URL of the created resource (RFC 7644 §3.3). */
        Location: string;
        /** @description Seconds to wait before retrying, an integer (RFC 6585 §4). */
        RetryAfter: string;
        /** @description This request's id, as in the server's log. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "discovery-serviceProviderConfig": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimDocument"];
                };
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "discovery-resourceTypes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ListResponse"];
                };
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "discovery-resourceType": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimDocument"];
                };
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "discovery-schemas": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ListResponse"];
                };
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "discovery-schema": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimDocument"];
                };
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "users-list": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
                /** @description A filter, e.g. userName eq "ada@example.com" (RFC 7644 §3.4.2.2). */
                filter?: string;
                /** @description 1-based index of the first result (RFC 7644 §3.4.2.4). */
                startIndex?: string;
                /** @description Page size (RFC 7644 §3.4.2.4). */
                count?: string;
                /** @description Attribute to sort by (RFC 7644 §3.4.2.3). */
                sortBy?: string;
                /** @description ascending or descending (RFC 7644 §3.4.2.3). */
                sortOrder?: string;
                /** @description Cursor paging: empty for the first page, then nextCursor (RFC 9865). */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["UserListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "users-create": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["UserInput"];
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description Created (RFC 7644 §3.3). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            409: components["responses"]["ScimError409"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "users-get": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Answer 304 with no body if the resource is still at this version (RFC 7644 §3.14). */
                "If-None-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["User"];
                };
            };
            /** @description Not modified: If-None-Match names the current version. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "users-replace": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["UserInput"];
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            409: components["responses"]["ScimError409"];
            412: components["responses"]["ScimError412"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "users-delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, with no body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            412: components["responses"]["ScimError412"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "users-patch": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
                /** @description `return=minimal` asks for 204 with no body (RFC 7240 §4.2). */
                Prefer?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["PatchOp"];
                "application/json": components["schemas"]["PatchOp"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["User"];
                };
            };
            /** @description Done, with no body: the client prefers a minimal answer, or (a group) the members were not read (RFC 7644 §3.5.2). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            409: components["responses"]["ScimError409"];
            412: components["responses"]["ScimError412"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "groups-list": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
                /** @description A filter, e.g. userName eq "ada@example.com" (RFC 7644 §3.4.2.2). */
                filter?: string;
                /** @description 1-based index of the first result (RFC 7644 §3.4.2.4). */
                startIndex?: string;
                /** @description Page size (RFC 7644 §3.4.2.4). */
                count?: string;
                /** @description Attribute to sort by (RFC 7644 §3.4.2.3). */
                sortBy?: string;
                /** @description ascending or descending (RFC 7644 §3.4.2.3). */
                sortOrder?: string;
                /** @description Cursor paging: empty for the first page, then nextCursor (RFC 9865). */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["GroupListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "groups-create": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["GroupInput"];
                "application/json": components["schemas"]["GroupInput"];
            };
        };
        responses: {
            /** @description Created (RFC 7644 §3.3). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            409: components["responses"]["ScimError409"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "groups-get": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Answer 304 with no body if the resource is still at this version (RFC 7644 §3.14). */
                "If-None-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["Group"];
                };
            };
            /** @description Not modified: If-None-Match names the current version. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "groups-replace": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["GroupInput"];
                "application/json": components["schemas"]["GroupInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            409: components["responses"]["ScimError409"];
            412: components["responses"]["ScimError412"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "groups-delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, with no body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            412: components["responses"]["ScimError412"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "groups-patch": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
                /** @description `return=minimal` asks for 204 with no body (RFC 7240 §4.2). */
                Prefer?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["PatchOp"];
                "application/json": components["schemas"]["PatchOp"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["Group"];
                };
            };
            /** @description Done, with no body: the client prefers a minimal answer, or (a group) the members were not read (RFC 7644 §3.5.2). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            409: components["responses"]["ScimError409"];
            412: components["responses"]["ScimError412"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "serviceAccounts-list": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
                /** @description A filter, e.g. userName eq "ada@example.com" (RFC 7644 §3.4.2.2). */
                filter?: string;
                /** @description 1-based index of the first result (RFC 7644 §3.4.2.4). */
                startIndex?: string;
                /** @description Page size (RFC 7644 §3.4.2.4). */
                count?: string;
                /** @description Attribute to sort by (RFC 7644 §3.4.2.3). */
                sortBy?: string;
                /** @description ascending or descending (RFC 7644 §3.4.2.3). */
                sortOrder?: string;
                /** @description Cursor paging: empty for the first page, then nextCursor (RFC 9865). */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ServiceAccountListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "serviceAccounts-create": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["ServiceAccountInput"];
                "application/json": components["schemas"]["ServiceAccountInput"];
            };
        };
        responses: {
            /** @description Created (RFC 7644 §3.3). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            409: components["responses"]["ScimError409"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "serviceAccounts-get": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Answer 304 with no body if the resource is still at this version (RFC 7644 §3.14). */
                "If-None-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ServiceAccount"];
                };
            };
            /** @description Not modified: If-None-Match names the current version. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "serviceAccounts-replace": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["ServiceAccountInput"];
                "application/json": components["schemas"]["ServiceAccountInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            409: components["responses"]["ScimError409"];
            412: components["responses"]["ScimError412"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "serviceAccounts-delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, with no body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            412: components["responses"]["ScimError412"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "serviceAccounts-patch": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: {
                /** @description Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14). */
                "If-Match"?: string;
                /** @description `return=minimal` asks for 204 with no body (RFC 7240 §4.2). */
                Prefer?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["PatchOp"];
                "application/json": components["schemas"]["PatchOp"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ServiceAccount"];
                };
            };
            /** @description Done, with no body: the client prefers a minimal answer, or (a group) the members were not read (RFC 7644 §3.5.2). */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            409: components["responses"]["ScimError409"];
            412: components["responses"]["ScimError412"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "search-users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["SearchRequest"];
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["UserListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "search-groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["SearchRequest"];
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["GroupListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "search-serviceAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["SearchRequest"];
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ServiceAccountListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "search-root": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["SearchRequest"];
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "roles-list": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
                /** @description A filter, e.g. userName eq "ada@example.com" (RFC 7644 §3.4.2.2). */
                filter?: string;
                /** @description 1-based index of the first result (RFC 7644 §3.4.2.4). */
                startIndex?: string;
                /** @description Page size (RFC 7644 §3.4.2.4). */
                count?: string;
                /** @description Attribute to sort by (RFC 7644 §3.4.2.3). */
                sortBy?: string;
                /** @description ascending or descending (RFC 7644 §3.4.2.3). */
                sortOrder?: string;
                /** @description Cursor paging: empty for the first page, then nextCursor (RFC 9865). */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (RFC 7644 §3.4.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["RoleListResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "roles-get": {
        parameters: {
            query?: {
                /** @description Attributes to return, comma-separated (RFC 7644 §3.9). */
                attributes?: string;
                /** @description Attributes to leave out, comma-separated (RFC 7644 §3.9). */
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            404: components["responses"]["ScimError404"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "bulk-submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": components["schemas"]["BulkRequest"];
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
        responses: {
            /** @description The result of each operation, each with its own status (RFC 7644 §3.7). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["BulkResponse"];
                };
            };
            400: components["responses"]["ScimError400"];
            401: components["responses"]["ScimError401"];
            403: components["responses"]["ScimError403"];
            413: components["responses"]["ScimError413"];
            415: components["responses"]["ScimError415"];
            429: components["responses"]["ScimError429"];
            500: components["responses"]["ScimError500"];
        };
    };
    "admin-tenants-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        created: string;
                    }[];
                };
            };
            401: components["responses"]["AdminError401"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tenants-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        created: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tenants-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        deleted: boolean;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tenants-rename": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        created: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tokens-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "bearer" | "basic";
                        label: string;
                        username: string | null;
                        created: string;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                    }[];
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tokens-create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /** @default 90 */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        label: string;
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tokens-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "bearer" | "basic";
                        label: string;
                        username: string | null;
                        created: string;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-tokens-regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 90 */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        label: string;
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-basicCredentials-create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    label?: string;
                    /** @default 90 */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "bearer" | "basic";
                        label: string;
                        username: string | null;
                        created: string;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-getUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userName: string;
                        active: boolean;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        data: {
                            [key: string]: unknown;
                        };
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-updateUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userName?: string;
                    displayName?: string | null;
                    givenName?: string | null;
                    familyName?: string | null;
                    email?: string | null;
                    externalId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userName: string;
                        active: boolean;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        data: {
                            [key: string]: unknown;
                        };
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            403: components["responses"]["AdminError403"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-createUser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userName: string;
                    displayName?: string | null;
                    givenName?: string | null;
                    familyName?: string | null;
                    email?: string | null;
                    externalId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userName: string;
                        active: boolean;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        data: {
                            [key: string]: unknown;
                        };
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-getGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        memberCount: number;
                        roles: {
                            type: string;
                            value: string;
                        }[];
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-deleteGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        deleted: boolean;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            403: components["responses"]["AdminError403"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-updateGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    addMembers?: string[];
                    removeMembers?: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        memberCount: number;
                        roles: {
                            type: string;
                            value: string;
                        }[];
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            403: components["responses"]["AdminError403"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-createGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    description?: string;
                    members?: string[];
                    roles?: {
                        type: string;
                        value: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        memberCount: number;
                        roles: {
                            type: string;
                            value: string;
                        }[];
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-setGroupRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: {
                        type: string;
                        value: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        displayName: string;
                        /** @enum {string} */
                        origin: "scim" | "local";
                        editable: boolean;
                        memberCount: number;
                        roles: {
                            type: string;
                            value: string;
                        }[];
                        version: number;
                        created: string;
                        lastModified: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-locks": {
        parameters: {
            query?: {
                activeOnly?: "true" | "false";
                since?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        userName: string;
                        externalId: string | null;
                        /** @enum {string} */
                        reason: "deactivated" | "deleted" | "admin";
                        created: string;
                        sessionsRevoked: boolean;
                        liftedAt: string | null;
                        liftedReason: ("reprovisioned" | "admin") | null;
                    }[];
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-liftLock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        userName: string;
                        externalId: string | null;
                        /** @enum {string} */
                        reason: "deactivated" | "deleted" | "admin";
                        created: string;
                        sessionsRevoked: boolean;
                        liftedAt: string | null;
                        liftedReason: ("reprovisioned" | "admin") | null;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-directory-checkAccess": {
        parameters: {
            query?: {
                userName?: string;
                id?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed: boolean;
                        /** @enum {string} */
                        status: "active" | "inactive" | "locked" | "unknown";
                        userId: string | null;
                        lock: {
                            id: string;
                            /** @enum {string} */
                            reason: "deactivated" | "deleted" | "admin";
                            since: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-audit-list": {
        parameters: {
            query?: {
                resourceId?: string;
                type?: "user.created" | "user.updated" | "user.deactivated" | "user.reactivated" | "user.deleted" | "user.adopted" | "user.locked" | "user.unlocked" | "group.created" | "group.updated" | "group.deleted" | "group.membership.added" | "group.membership.removed" | "serviceAccount.created" | "serviceAccount.updated" | "serviceAccount.deactivated" | "serviceAccount.reactivated" | "serviceAccount.deleted" | "role.assigned" | "role.removed";
                before?: number;
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        seq: number;
                        type: string;
                        tenant: string;
                        occurredAt: string;
                        resource: {
                            type: string;
                            id: string;
                        };
                        actor: {
                            /** @enum {string} */
                            kind: "scim" | "admin" | "system";
                            credentialId: string | null;
                            requestId: string | null;
                        };
                        data: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-requestLog-list": {
        parameters: {
            query?: {
                method?: string;
                status?: number;
                pathContains?: string;
                requestId?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        requestId: string;
                        at: string;
                        method: string;
                        path: string;
                        status: number;
                        durationMs: number;
                        credentialId: string | null;
                        idpClient: string | null;
                        userAgent: string | null;
                        requestBody: string | null;
                        responseBody: string | null;
                    }[];
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-webhooks-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        description: string;
                        eventTypes: string[] | null;
                        cursor: number;
                        failedAttempts: number;
                        nextAttemptAt: string;
                        created: string;
                    }[];
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-webhooks-create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description http or https URL that receives signed POSTs
                     */
                    url: string;
                    /** @default  */
                    description?: string;
                    eventTypes?: ("user.created" | "user.updated" | "user.deactivated" | "user.reactivated" | "user.deleted" | "user.adopted" | "user.locked" | "user.unlocked" | "group.created" | "group.updated" | "group.deleted" | "group.membership.added" | "group.membership.removed" | "serviceAccount.created" | "serviceAccount.updated" | "serviceAccount.deactivated" | "serviceAccount.reactivated" | "serviceAccount.deleted" | "role.assigned" | "role.removed")[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        description: string;
                        eventTypes: string[] | null;
                        cursor: number;
                        failedAttempts: number;
                        nextAttemptAt: string;
                        created: string;
                        secret: string;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-webhooks-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        deleted: boolean;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-webhooks-deliveries": {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        firstSeq: number;
                        lastSeq: number;
                        eventCount: number;
                        ok: boolean;
                        status: number | null;
                        error: string | null;
                        durationMs: number;
                        attemptedAt: string;
                    }[];
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-catalog-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspaces: string[];
                        secretScopes: string[];
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-catalog-add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    workspaces?: string[];
                    /** @default [] */
                    secretScopes?: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspaces: string[];
                        secretScopes: string[];
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            409: components["responses"]["AdminError409"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-settings-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        catalogAutoCreate: boolean;
                        rateLimitPerSecond: number | null;
                        roleManagement: {
                            users: boolean;
                            groups: boolean;
                            serviceAccounts: boolean;
                        };
                        scimEnabled: boolean;
                        /** @enum {string} */
                        idpClient: "okta" | "entra" | "pingfederate" | "onelogin" | "sailpoint" | "generic";
                        adoptExistingUsers: boolean;
                        requestLogRetentionDays: number;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-settings-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    catalogAutoCreate?: boolean;
                    rateLimitPerSecond?: number | null;
                    roleManagement?: {
                        users?: boolean;
                        groups?: boolean;
                        serviceAccounts?: boolean;
                    };
                    scimEnabled?: boolean;
                    /** @enum {string} */
                    idpClient?: "okta" | "entra" | "pingfederate" | "onelogin" | "sailpoint" | "generic";
                    adoptExistingUsers?: boolean;
                    requestLogRetentionDays?: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        catalogAutoCreate: boolean;
                        rateLimitPerSecond: number | null;
                        roleManagement: {
                            users: boolean;
                            groups: boolean;
                            serviceAccounts: boolean;
                        };
                        scimEnabled: boolean;
                        /** @enum {string} */
                        idpClient: "okta" | "entra" | "pingfederate" | "onelogin" | "sailpoint" | "generic";
                        adoptExistingUsers: boolean;
                        requestLogRetentionDays: number;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            415: components["responses"]["AdminError415"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-access-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
    "admin-access-serviceAccount": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["AdminError400"];
            401: components["responses"]["AdminError401"];
            404: components["responses"]["AdminError404"];
            500: components["responses"]["AdminError500"];
        };
    };
}
