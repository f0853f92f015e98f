import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Proves the hand-written migrations build exactly the database schema.prisma describes:
 * every model's table, every scalar field's column (type family and nullability), every enum,
 * and every primary key, unique constraint and index, with nothing extra on either side.
 * The setup file has already migrated this file's empty database.
 */
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] };
type Dmmf = {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
};

const schema = readFileSync(new URL("./schema.prisma", import.meta.url), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as Dmmf;

/** `Unsupported("tsvector")` fields, which the DMMF leaves out: read from the schema's text. */
const unsupportedColumns = [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)].flatMap(([, model, body]) =>
  [...body.matchAll(/^\s*(\w+)\s+Unsupported\("(\w+)"\)(\?)?/gm)].map(([, field, type, optional]) => ({
    column: `${model}.${field}`,
    type,
    nullable: optional === "?",
  })),
);

function expectedType(field: DmmfField): string {
  if (field.isList) return `ARRAY:${expectedType({ ...field, isList: false }).replace("USER-DEFINED:", "")}`;
  if (field.kind === "enum") return `USER-DEFINED:${field.type}`;
  if (field.nativeType?.[0] === "Date") return "date";
  if (field.nativeType?.[0] === "VarChar") return "character varying";
  const types: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Boolean: "boolean",
    DateTime: "timestamp without time zone",
    Float: "double precision",
    Json: "jsonb",
    Bytes: "bytea",
  };
  return types[field.type] ?? `unmapped ${field.type}`;
}

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
};
type Index = { table: string; columns: string[]; unique: boolean; primary: boolean };

let columns: Column[];
let indexes: Index[];
let enums: Map<string, string[]>;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  columns = (
    await client.query<Column>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    )
  ).rows;
  indexes = (
    await client.query<Index>(
      `SELECT t.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE t.relname <> '_prisma_migrations'
       GROUP BY t.relname, i.indexrelid, i.indisunique, i.indisprimary`,
    )
  ).rows;
  const enumRows = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  );
  enums = new Map(enumRows.rows.map((r) => [r.name, r.values]));
  await client.end();
});

const tableOf = (model: string) => {
  const m = dmmf.datamodel.models.find((x) => x.name === model)!;
  return m.dbName ?? m.name;
};
const columnOf = (model: string, field: string) => {
  const f = dmmf.datamodel.models.find((x) => x.name === model)!.fields.find((x) => x.name === field);
  // An Unsupported field is not in the DMMF; its column has the field's name.
  return f ? (f.dbName ?? f.name) : field;
};

describe("the migrated database matches schema.prisma", () => {
  it("has one table per model and no other", () => {
    const tables = [...new Set(columns.map((c) => c.table_name))].sort();
    expect(tables).toEqual(dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort());
  });

  it("has every scalar field as a column of the right type and nullability, and no other column", () => {
    const expected = dmmf.datamodel.models.flatMap((model) =>
      model.fields
        .filter((f) => f.kind === "scalar" || f.kind === "enum")
        .map((f) => ({
          column: `${model.dbName ?? model.name}.${f.dbName ?? f.name}`,
          type: expectedType(f),
          // Prisma creates list columns without NOT NULL.
          nullable: f.isList || !f.isRequired,
        })),
    );
    expected.push(...unsupportedColumns);
    const actual = columns.map((c) => ({
      column: `${c.table_name}.${c.column_name}`,
      type:
        c.data_type === "USER-DEFINED"
          ? `USER-DEFINED:${c.udt_name}`
          : c.data_type === "ARRAY"
            ? `ARRAY:${c.udt_name.replace(/^_/, "")}`
            : c.data_type,
      nullable: c.is_nullable === "YES",
    }));
    const byColumn = (a: { column: string }, b: { column: string }) => a.column.localeCompare(b.column);
    expect(actual.sort(byColumn)).toEqual(expected.sort(byColumn));
  });

  it("has every enum with the same values in the same order", () => {
    for (const e of dmmf.datamodel.enums) {
      expect(enums.get(e.name), e.name).toEqual(e.values.map((v) => v.name));
    }
    expect([...enums.keys()].sort()).toEqual(dmmf.datamodel.enums.map((e) => e.name).sort());
  });

  it("has every primary key, unique constraint and index, and no other", () => {
    const describeIndex = (i: Index) =>
      `${i.table}(${i.columns.join(",")}) ${i.primary ? "primary" : i.unique ? "unique" : "index"}`;
    const expected = dmmf.datamodel.indexes
      .filter((i) => i.type !== "fulltext")
      .map((i) =>
        describeIndex({
          table: tableOf(i.model),
          columns: i.fields.map((f) => columnOf(i.model, f.name)),
          unique: i.type !== "normal",
          primary: i.type === "id",
        }),
      );
    expect(indexes.map(describeIndex).sort()).toEqual(expected.sort());
  });
});
