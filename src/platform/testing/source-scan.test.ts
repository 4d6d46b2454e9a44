import { assert, describe, it } from "vitest";
import { findSql, isTest, packageUses, STATIC_IMPORT, stripComments } from "./source-scan.ts";

describe("source-scan", () => {
  it("leaves out tests and what only tests use", () => {
    assert.isTrue(isTest("access/requests/routes.test.ts"));
    assert.isTrue(isTest("app/testing/test-app.ts"));
    assert.isTrue(isTest("cooperation/exchange/test-helpers.ts"));
    assert.isTrue(isTest("cooperation/projects/test-fixtures.ts"));
    assert.isFalse(isTest("access/requests/routes.tsx"));
    assert.isFalse(isTest("platform/http/router.ts"));
  });

  it("sees SQL and imports where they are, not in comments", () => {
    const code = stripComments(
      [
        "// db.query(`SELECT 1`)",
        "/* INSERT INTO t */ const re = /['\"]/g;",
        // A template inside a template's placeholder ("$\u{7B}" is "\${", spelled so for the linter).
        "const s = 'it\\'s'; const t = `a $\u{7B}`b $\u{7B}'c'}`} d`;",
        'const q = "SELECT a FROM t";',
        'import { x } from "./x.ts";',
      ].join("\n"),
    );
    assert.equal(findSql(code)?.line, 4);
    assert.equal(code.split("\n")[0]?.trim(), "");
    assert.deepEqual(
      [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]),
      ["./x.ts"],
    );
    assert.isUndefined(findSql(stripComments('const m = c.req.query("page"); // SELECT x FROM t')));
  });

  it("tells a package's type imports and first-use loads from the imports that load it", () => {
    const code = stripComments(
      [
        'import type * as Echarts from "echarts";',
        "import type {",
        "  EChartsOption,",
        '} from "echarts";',
        'const echarts = onFirstUse<typeof Echarts>("echarts");',
        'import { type EChartsType } from "echarts";',
        'import * as core from "echarts/core";',
        '// import * as echarts from "echarts";',
        'const label = "echartsy";',
        'export { init } from "echarts";',
        'const later = onFirstImport(() => import("echarts"));',
      ].join("\n"),
    );
    assert.deepEqual(packageUses(code, "echarts"), [
      { line: 1, use: "type" },
      { line: 4, use: "type" },
      { line: 5, use: "first-use" },
      // Kept by verbatimModuleSyntax as `import {} from "echarts"`: it loads the package.
      { line: 6, use: "value" },
      { line: 7, use: "value" },
      { line: 10, use: "value" },
      { line: 11, use: "first-use" },
    ]);
  });
});
