import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { communitiesFor, communityColor, COMMUNITY_PALETTE, detectCommunities, OTHER_COMMUNITY_COLOR, orderCommunities } from "../../../src/graph/communities.ts";
import { paper, peopleOf } from "../graph/fixture.ts";
import { defaultGraph } from "./default-graph.ts";

describe("community order and colours", () => {
  it("ranks by size, then by the smallest member id; sorts members", () => {
    expect(orderCommunities([["zed", "amy"], ["bob"], ["carl", "dan", "eve"], ["abe", "yan"]])).toEqual([
      ["carl", "dan", "eve"],
      ["abe", "yan"],
      ["amy", "zed"],
      ["bob"],
    ]);
  });

  it("gives the palette's colours in rank order and 'other' grey beyond it", () => {
    expect(COMMUNITY_PALETTE).toHaveLength(7);
    expect(communityColor(0)).toBe("#0072B2");
    expect(communityColor(1)).toBe("#E69F00");
    expect(communityColor(6)).toBe("#F0E442");
    expect(communityColor(7)).toBe(OTHER_COMMUNITY_COLOR);
    expect(communityColor(40)).toBe(OTHER_COMMUNITY_COLOR);
  });
});

describe("communities of the default dataset (BIG-bench left out at 25 authors)", () => {
  const { graph } = defaultGraph();
  const result = detectCommunities(graph);

  it("finds the Minerva group, the forgetting group and the attention group, in that order", () => {
    expect(result.communities.map((community) => community.members)).toEqual([
      ["anders-andreassen", "behnam-neyshabur", "cem-anil", "david-dohan", "guy-gur-ari", "henryk-michalewski", "imanol-schlag", "theo-gutman-solo", "vedant-misra", "yuhuai-wu"],
      ["aitor-lewkowycz", "ambrose-slone", "ethan-dyer", "maithra-raghu", "sam-ritchie", "vinay-venkatesh-ramasesh"],
      ["ankush-garg", "david-sussillo", "kyle-aitken", "niru-maheswaranathan", "yuan-cao"],
    ]);
    expect(result.communities.map((community) => community.color)).toEqual(["#0072B2", "#E69F00", "#009E73"]);
    expect(result.excludedPapers).toBe(1);
    expect(result.uncountedPeople).toBe(441);
    expect(result.rankOfNode.get("a:kyle-aitken")).toBe(2);
    expect(result.rankOfNode.has("a:aarohi-srivastava")).toBe(false);
  });

  it("colours a paper by the community most of its authors are in; the left-out paper has none", () => {
    expect(result.rankOfPaper.get("p:arxiv:2206.14858")).toBe(0);
    expect(result.rankOfPaper.get("p:arxiv:2110.15253")).toBe(2);
    expect(result.rankOfPaper.get("p:doi:10.21105/joss.02403")).toBe(1);
    expect(result.rankOfPaper.has("p:arxiv:2206.04615")).toBe(false);
  });

  it("is the same on every run, and cached per threshold", () => {
    const again = detectCommunities(graph);
    expect(again.communities).toEqual(result.communities);
    expect([...again.rankOfNode]).toEqual([...result.rankOfNode]);
    expect(communitiesFor(graph)).toBe(communitiesFor(graph));
    expect(communitiesFor(graph, 500)).not.toBe(communitiesFor(graph));
  });

  it("with a threshold above 450 BIG-bench counts: nobody is left out", () => {
    const counted = detectCommunities(graph, { hyperauthorThreshold: 500 });
    expect(counted.excludedPapers).toBe(0);
    expect(counted.uncountedPeople).toBe(0);
    expect(counted.communities.reduce((sum, community) => sum + community.members.length, 0)).toBe(462);
  });
});

describe("communities without ties", () => {
  it("makes each sole author a community of one, ranked by id", () => {
    const papers = [paper("a", "A", 2020, ["zoe"]), paper("b", "B", 2021, ["abe"])];
    const graph = buildGraph({ papers, people: peopleOf(papers, { zoe: "Zoe", abe: "Abe" }) });
    const result = detectCommunities(graph);
    expect(result.communities.map((community) => community.members)).toEqual([["abe"], ["zoe"]]);
    expect(result.modularity).toBe(0);
  });

  it("handles an empty graph", () => {
    const result = detectCommunities(buildGraph({ papers: [], people: [] }));
    expect(result.communities).toEqual([]);
    expect(result.uncountedPeople).toBe(0);
  });
});
