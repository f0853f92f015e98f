import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // lib/env.ts is the one reader of the environment.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // Pages and routes go through the data-access layer in lib/, never straight to the database.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "**/lib/db/*", "@prisma/*", "pg"],
              message: "Use the data-access layer in lib/<domain>/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "scripts/**",
      "e2e/**",
      "test/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "prisma.config.ts",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
