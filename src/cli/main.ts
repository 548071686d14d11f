export async function main(argv: string[]): Promise<number> {
  console.log("coauthor-atlas", argv.join(" "));
  return 0;
}
