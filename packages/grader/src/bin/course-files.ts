import { join } from 'node:path';
import { collectCourseFiles, courseDir, listLabs, writeCourseFiles } from '@lambda-dojo/course';

/** Writes packages/grader/course-files.json from the current labs (course authors only). */
const file = join(courseDir, 'packages/grader/course-files.json');
const data = collectCourseFiles(listLabs(), courseDir);
writeCourseFiles(data, file);
process.stdout.write(`Wrote ${file} (${Object.keys(data.labs).length} labs)\n`);
