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
            {
              // Helpers that write inside a caller's transaction are for lib/'s operations only.
              group: ["@/lib/**/tx-helpers", "@/lib/history/append"],
              message: "Call the domain's mutations.ts: transaction helpers are not operations.",
            },
          ],
        },
      ],
    },
  },
  {
    // components/ is presentational: routes own their server actions and data and pass them in
    // as props (or through components/desk/desk-actions.tsx); arrows run app → components → lib.
    files: ["components/**"],
    ignores: ["components/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "components/ never imports app/: take the server action or the data as a prop.",
            },
            {
              group: ["@/lib/db/*", "**/lib/db/*", "@prisma/*", "pg", "server-only"],
              message: "components/ never touches the database; enums come from @/lib/enums.",
            },
            {
              // The data layer (server-only): its types may be named, its functions never called here.
              group: [
                "@/lib/**/queries",
                "@/lib/**/staff-queries",
                "@/lib/**/mutations",
                "@/lib/**/tx-helpers",
                "@/lib/http/action",
                "@/lib/auth/session",
              ],
              allowTypeImports: true,
              message: "components/ never calls the data layer: the page loads the data and passes it in.",
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
