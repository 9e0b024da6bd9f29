// hyparquet's page decoders, which its package's exports do not list. parquet.ts reads flat
// columns with them and assembles the rows itself: hyparquet's own reader runs every page of a
// nullable column through assembleLists (Dremel list assembly, one JS array element at a time),
// which took 30% of validating a 1M-row Parquet file and most of its garbage, for columns that
// have no lists. Pinned by the lockfile; test/parquet-flat.test.ts compares both readers.
export { decompressPage, readDataPage, readDataPageV2 } from "../../../../node_modules/hyparquet/src/datapage.js";
export { parquetHeader } from "../../../../node_modules/hyparquet/src/column.js";
export { DEFAULT_PARSERS, convert, convertWithDictionary } from "../../../../node_modules/hyparquet/src/convert.js";
export { readPlain } from "../../../../node_modules/hyparquet/src/plain.js";
export { getMaxDefinitionLevel, getTreePath } from "../../../../node_modules/hyparquet/src/schema.js";
