import type { WrongSolution } from '../wrong-solution.ts';
import { lab1 } from './lab-1.ts';
import { lab2 } from './lab-2.ts';
import { lab3 } from './lab-3.ts';
import { lab4 } from './lab-4.ts';
import { lab5 } from './lab-5.ts';
import { lab6 } from './lab-6.ts';
import { lab7 } from './lab-7.ts';
import { lab8 } from './lab-8.ts';
import { lab9 } from './lab-9.ts';

/** The plausible wrong solutions of each lab, by lab id: each must fail the check it names. */
export const wrongSolutions: Readonly<Record<string, WrongSolution[]>> = {
  'lab-1': lab1,
  'lab-2': lab2,
  'lab-3': lab3,
  'lab-4': lab4,
  'lab-5': lab5,
  'lab-6': lab6,
  'lab-7': lab7,
  'lab-8': lab8,
  'lab-9': lab9,
};
