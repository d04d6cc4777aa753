// Every route of the kit's REST contract, served by the server half in this process.
import { assessmentServer } from '../../../../lib/assessment-server';

const handle = async (request: Request) => (await assessmentServer()).fetch(request);

export { handle as DELETE, handle as GET, handle as POST, handle as PUT };
