/** SPEC test ordering: CRUD (create, describe/get, list, delete), update, errors, tags, multi-resource. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classify, compareOrder, crudRank } from "../src/emit/ordering.js";

describe("ordering", () => {
  it("classifies by the operations a test calls", () => {
    expect(classify(["create_cluster", "describe_clusters"], false)).toBe("crud");
    expect(classify(["create_cluster", "update_cluster"], false)).toBe("update");
    expect(classify(["delete_cluster"], true)).toBe("errors");
    expect(classify(["create_cluster", "tag_resource", "list_tags_for_resource"], false)).toBe("tags");
    expect(classify(["create_cluster", "register_task_definition", "run_task"], false)).toBe(
      "multi-resource",
    );
  });

  it("orders CRUD tests by the furthest CRUD step", () => {
    expect(crudRank(["create_queue"])).toBe(0);
    expect(crudRank(["create_queue", "get_queue_url"])).toBe(1);
    expect(crudRank(["create_queue", "list_queues"])).toBe(2);
    expect(crudRank(["create_queue", "delete_queue", "list_queues"])).toBe(3);
  });

  it("is a total, deterministic order that keeps file order on ties", () => {
    const ops = fc.array(
      fc.constantFrom("create_x", "get_x", "list_x", "delete_x", "update_x", "tag_resource", "create_y"),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(ops, fc.boolean()), { maxLength: 12 }), (tests) => {
        const items = tests.map(([operations, hasErrorCase], index) => ({ index, operations, hasErrorCase }));
        const a = [...items].sort(compareOrder).map((t) => t.index);
        const b = [...items]
          .reverse()
          .sort(compareOrder)
          .map((t) => t.index);
        expect(a).toEqual(b);
        for (let i = 1; i < a.length; i++)
          expect(compareOrder(items[a[i - 1]!]!, items[a[i]!]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
