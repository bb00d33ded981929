import type { RelatedUser } from '../context.ts';
import { textArg } from './arguments.ts';
import { type CallEnv, type FunctionDef, type FunctionTable, fixed } from './types.ts';

/** Functions about the person and the people linked to them (okta-expression-language §4, §5.5). */

/** "Only active_directory is supported as source" (§5.5). */
function requireDirectorySource(value: unknown, env: CallEnv): void {
  const source = textArg(value, env, 'source');
  if (source !== 'active_directory') {
    env.fail(`${env.name} only supports the source "active_directory"`);
  }
}

function relatedUser(pick: (env: CallEnv) => RelatedUser | undefined): FunctionDef {
  return fixed('(source)', 1, (args, env) => {
    requireDirectorySource(args[0], env);
    return pick(env)?.user ?? null;
  });
}

function relatedAppUser(pick: (env: CallEnv) => RelatedUser | undefined): FunctionDef {
  return fixed('(source, appName)', 2, (args, env) => {
    requireDirectorySource(args[0], env);
    const app = textArg(args[1], env, 'appName');
    const appUsers = pick(env)?.appUsers;
    return app !== null && appUsers && Object.hasOwn(appUsers, app)
      ? (appUsers[app] ?? null)
      : null;
  });
}

/** find* returns null when there are zero or several assignments (§5.5). */
function findOnly(list: Record<string, unknown>[] | undefined): Record<string, unknown> | null {
  return list?.length === 1 ? (list[0] ?? null) : null;
}

export const userFunctions: FunctionTable = {
  /** Only "id" and "status" exist (§4); anything else is a mistake worth reporting. */
  'user.getInternalProperty': fixed('(property)', 1, (args, env) => {
    const property = textArg(args[0], env, 'property');
    if (property !== 'id' && property !== 'status') {
      return env.fail(
        `user.getInternalProperty supports "id" and "status", not ${JSON.stringify(property)}`,
      );
    }
    return env.context.internal?.[property] ?? null;
  }),
  'user.getLinkedObject': fixed('(relationship)', 1, (args, env) => {
    const name = textArg(args[0], env, 'relationship');
    const linked = env.context.linkedObjects;
    return name !== null && linked && Object.hasOwn(linked, name) ? (linked[name] ?? null) : null;
  }),
  getManagerUser: relatedUser((env) => env.context.manager),
  getManagerAppUser: relatedAppUser((env) => env.context.manager),
  getAssistantUser: relatedUser((env) => env.context.assistant),
  getAssistantAppUser: relatedAppUser((env) => env.context.assistant),
  hasDirectoryUser: fixed('()', 0, (_args, env) => (env.context.directoryUsers?.length ?? 0) > 0),
  findDirectoryUser: fixed('()', 0, (_args, env) => findOnly(env.context.directoryUsers)),
  hasWorkdayUser: fixed('()', 0, (_args, env) => (env.context.workdayUsers?.length ?? 0) > 0),
  findWorkdayUser: fixed('()', 0, (_args, env) => findOnly(env.context.workdayUsers)),
};
