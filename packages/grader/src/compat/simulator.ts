// `@lambda-dojo/grader/simulator`, kept until the session-3 merge: now '@lambda-dojo/check-kit/simulator'.
export * from '@lambda-dojo/check-kit/simulator';
