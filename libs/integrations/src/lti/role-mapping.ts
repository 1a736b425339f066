/**
 * LTI role URIs to loopgrade roles. Context (membership) roles decide a course role: an institution
 * role alone never makes someone a course teacher. Teacher beats student when both appear.
 */
export type LtiMappedRole =
  { role: 'admin' | 'teacher'; gradable: false } | { role: 'student'; gradable: boolean; testUser: boolean };

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership';
const INSTITUTION_ADMIN = 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator';
const TEST_USER = 'http://purl.imsglobal.org/vocab/lti/system/person#TestUser';

const TEACHER_ROLES = new Set([
  `${MEMBERSHIP}#Instructor`,
  `${MEMBERSHIP}#ContentDeveloper`,
  `${MEMBERSHIP}#Administrator`,
]);

function isTeacherRole(uri: string): boolean {
  return TEACHER_ROLES.has(uri) || uri.startsWith(`${MEMBERSHIP}/Instructor#`);
}

function isLearnerRole(uri: string): boolean {
  return uri === `${MEMBERSHIP}#Learner` || uri.startsWith(`${MEMBERSHIP}/Learner#`);
}

/**
 * Whether this launch's context roles make the user an instructor of the launched course. Unlike the
 * account role, this holds for this launch only: a TA elsewhere is not an instructor here.
 */
export function instructsContext(roles: readonly string[]): boolean {
  return roles.some(isTeacherRole);
}

export function mapLtiRoles(roles: readonly string[]): LtiMappedRole {
  if (roles.includes(INSTITUTION_ADMIN)) return { role: 'admin', gradable: false };
  if (roles.some(isTeacherRole)) return { role: 'teacher', gradable: false };
  const testUser = roles.includes(TEST_USER);
  // Canvas' "Test Student" answers 422 to every score, so previews never pass grades back.
  return { role: 'student', gradable: roles.some(isLearnerRole) && !testUser, testUser };
}
