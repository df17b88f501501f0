// Who took part in what role: a person listed before a role verb takes that verb's role
// (`市领导A、B、C出席`), `主持会议并讲话` gives 主持 and 讲话, speaking verbs give 讲话.
import { lexicon } from './lexicon.js';
import type { Role } from '../types.js';

/**
 * Where the first role or speech verb at or after `from` starts in `s`, -1 when none. (Names
 * listed before one verb share it: a caller reading them in order scans the sentence once.)
 */
export function nextVerb(s: string, from: number): number {
  const lex = lexicon();
  for (let i = from; i < s.length; i++) if (lex.roleVerbWords.longestAt(s, i) || lex.speechVerbWords.longestAt(s, i)) return i;
  return -1;
}

/**
 * The roles the verb at `at` gives (a new list: callers add to it); `at` is where `nextVerb`
 * found one (a position holding no role verb gives 讲话). A role verb wins a tie.
 */
export function rolesOfVerb(s: string, at: number): Role[] {
  const lex = lexicon();
  const len = lex.roleVerbWords.longestAt(s, at);
  if (!len) return ['讲话'];
  const verb = s.slice(at, at + len);
  const roles: Role[] = [lex.roleVerbs.get(verb) as Role];
  // (each RegExp below needs a 并, the second one within its first 7 characters: most verbs
  // and tails have none)
  if (verb.includes('并') && /并讲话|并致辞/.test(verb)) addRole(roles, verb.endsWith('讲话') ? '讲话' : '致辞');
  // 主持会议并讲话, 出席并致辞: a second verb joined by 并
  const join = s.indexOf('并', at + len);
  const more = join >= 0 && join < at + len + 7 ? /^[^，。；]{0,6}?并(?:发表)?(讲话|致辞|主持|发言)/.exec(s.slice(at + len, at + len + 12)) : null;
  if (more) addRole(roles, more[1] === '发言' ? '讲话' : (more[1] as Role));
  return roles;
}

/** Adds a role unless the list has it (a list of at most three: no Set needed). */
function addRole(roles: Role[], role: Role): void {
  if (!roles.includes(role)) roles.push(role);
}
