// /api/v2/ with a trailing slash (where WooCommerce connectors post) is the API itself, answered
// like /api/v2 and never redirected: a redirected POST loses its body in most clients. GET and
// POST take the node server's direct path; HEAD goes through Next (its trailing-slash redirect
// spares /api/v2/). Other pages keep Next's redirect to the address without the slash.
import { expect, test } from "./support/fixtures";

test("/api/v2/ answers GET, POST and HEAD like /api/v2; other paths still lose their trailing slash", async ({
  request,
}) => {
  const post = await request.post("/api/v2/", {
    form: { key: "upl_not-a-key", action: "balance" },
    maxRedirects: 0,
  });
  expect({ status: post.status(), body: await post.json() }).toEqual({
    status: 200,
    body: { error: "Invalid API key" },
  });

  const get = await request.get("/api/v2/?key=upl_not-a-key&action=balance", { maxRedirects: 0 });
  expect({ status: get.status(), body: await get.json() }).toEqual({
    status: 200,
    body: { error: "Invalid API key" },
  });

  const head = await request.head("/api/v2/", { maxRedirects: 0 });
  expect({ status: head.status(), location: head.headers()["location"] }).toEqual({
    status: 200,
    location: undefined,
  });

  const page = await request.get("/services/", { maxRedirects: 0 });
  expect({ status: page.status(), location: page.headers()["location"] }).toEqual({
    status: 308,
    location: "/services",
  });
});
