import { mapLtiRoles } from './role-mapping';

const R = 'http://purl.imsglobal.org/vocab/lis/v2/';

describe('LTI role mapping', () => {
  it('maps instructors, their sub-roles, content developers and course administrators to teacher', () => {
    for (const role of [
      `${R}membership#Instructor`,
      `${R}membership/Instructor#TeachingAssistant`,
      `${R}membership#ContentDeveloper`,
      `${R}membership#Administrator`,
    ]) {
      expect(mapLtiRoles([role])).toEqual({ role: 'teacher', gradable: false });
    }
  });

  it('lets teacher win over student', () => {
    expect(mapLtiRoles([`${R}membership#Learner`, `${R}membership#Instructor`]).role).toBe('teacher');
  });

  it('maps learners to gradable students', () => {
    expect(mapLtiRoles([`${R}membership#Learner`])).toEqual({
      role: 'student',
      gradable: true,
      testUser: false,
    });
    expect(mapLtiRoles([`${R}membership/Learner#NonCreditLearner`]).gradable).toBe(true);
  });

  it('never makes a course teacher from an institution role alone', () => {
    expect(mapLtiRoles([`${R}institution/person#Instructor`])).toEqual({
      role: 'student',
      gradable: false,
      testUser: false,
    });
  });

  it('maps institution administrators to admin', () => {
    expect(mapLtiRoles([`${R}institution/person#Administrator`]).role).toBe('admin');
  });

  it('does not pass grades back for the Canvas test student', () => {
    const mapped = mapLtiRoles([
      `${R}membership#Learner`,
      'http://purl.imsglobal.org/vocab/lti/system/person#TestUser',
    ]);
    expect(mapped).toEqual({ role: 'student', gradable: false, testUser: true });
  });

  it('gives mentors and unknown roles a student view without grading', () => {
    expect(mapLtiRoles([`${R}membership#Mentor`])).toEqual({
      role: 'student',
      gradable: false,
      testUser: false,
    });
    expect(mapLtiRoles([])).toEqual({ role: 'student', gradable: false, testUser: false });
  });
});
