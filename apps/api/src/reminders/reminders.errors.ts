import { problems } from '../problem/problem.exception';

/** No reminder for this carer at the staff member's site (carers have no records of their own yet). */
export const carerNotFound = () => problems.notFound('Carer');
