// A module exporting no agent, for `baton graph` tests.
export const answer = 42;
