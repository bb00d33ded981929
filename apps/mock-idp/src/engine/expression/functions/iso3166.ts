import { normalize, scalarText } from '../values.ts';
import { ISO_3166_COUNTRIES } from './iso3166-data.ts';
import { type CallEnv, type FunctionTable, fixed } from './types.ts';

/**
 * Iso3166Convert.* (okta-expression-language §5.3): each accepts alpha-2, alpha-3 or numeric
 * input. Codes are matched case-insensitively and numeric codes may drop leading zeros
 * ("4" or 4 is Afghanistan); an unknown code gives null (doc silent; forgiving).
 */

interface Country {
  alpha2: string;
  alpha3: string;
  numeric: string;
  name: string;
}

const byCode = new Map<string, Country>();
for (const line of ISO_3166_COUNTRIES) {
  const [alpha2 = '', alpha3 = '', numeric = '', name = ''] = line.split('|');
  const country = { alpha2, alpha3, numeric, name };
  byCode.set(alpha2, country);
  byCode.set(alpha3, country);
  byCode.set(numeric, country);
}

function lookup(value: unknown, env: CallEnv): Country | null | undefined {
  const normalized = normalize(value);
  if (normalized === null) return null;
  const text = scalarText(normalized);
  if (text === undefined || typeof normalized === 'boolean') {
    return env.fail(`${env.name} expects a country code`);
  }
  const code = text.trim().toUpperCase();
  return byCode.get(/^\d{1,3}$/.test(code) ? code.padStart(3, '0') : code);
}

function converter(pick: (country: Country) => string) {
  return fixed('(code)', 1, (args, env) => {
    const country = lookup(args[0], env);
    return country ? pick(country) : null;
  });
}

export const iso3166Functions: FunctionTable = {
  'Iso3166Convert.toAlpha2': converter((country) => country.alpha2),
  'Iso3166Convert.toAlpha3': converter((country) => country.alpha3),
  /** Text, because numeric codes keep their leading zeros ("004"). */
  'Iso3166Convert.toNumeric': converter((country) => country.numeric),
  'Iso3166Convert.toName': converter((country) => country.name),
};
