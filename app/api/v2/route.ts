// The reseller API v2 endpoint (GET query or POST form, multipart or JSON). Authentication is
// the API key inside the request, checked by the handler; no session or Next request context.
import { answerWebRequest, handleApiRequest } from "@/lib/reseller-api/handle-request";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => answerWebRequest(handleApiRequest, request);
export const POST = (request: Request) => answerWebRequest(handleApiRequest, request);
