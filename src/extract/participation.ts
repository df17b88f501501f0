// Who took part in what role: a person listed before a role verb takes that verb's role
// (`市领导A、B、C出席`), `主持会议并讲话` gives 主持 and 讲话, speaking verbs give 讲话.
import { lexicon } from './lexicon.js';
import type { Role } from '../types.js';

/** The roles of a person whose mention ends at `end` in sentence `s`, or null when none. */
export function rolesAfter(s: string, end: number): Role[] | null {
  const lex = lexicon();
  // the first role or speech verb after the name (one scan; a role verb wins a tie)
  let ri = -1;
  for (let i = end; i < s.length; i++) {
    if (lex.roleVerbWords.longestAt(s, i)) {
      ri = i;
      break;
    }
    if (lex.speechVerbWords.longestAt(s, i)) return ['讲话'];
  }
  if (ri >= 0) {
    const verb = s.slice(ri, ri + lex.roleVerbWords.longestAt(s, ri));
    const roles: Role[] = [lex.roleVerbs.get(verb) as Role];
    // (each RegExp below needs a 并: most verbs and tails have none)
    if (verb.includes('并') && /并讲话|并致辞/.test(verb)) addRole(roles, verb.endsWith('讲话') ? '讲话' : '致辞');
    // 主持会议并讲话, 出席并致辞: a second verb joined by 并
    const tail = s.slice(ri + verb.length, ri + verb.length + 12);
    const more = tail.includes('并') ? /^[^，。；]{0,6}?并(?:发表)?(讲话|致辞|主持|发言)/.exec(tail) : null;
    if (more) addRole(roles, more[1] === '发言' ? '讲话' : (more[1] as Role));
    return roles;
  }
  return null;
}

/** Adds a role unless the list has it (a list of at most three: no Set needed). */
function addRole(roles: Role[], role: Role): void {
  if (!roles.includes(role)) roles.push(role);
}
