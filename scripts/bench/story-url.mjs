// A story's page as the benchmarks open it: the story alone, without Storybook's accessibility addon running axe in
// the page being timed (its checks take ~150 ms of script, at moments that fall into a measurement now and then).
// Every story is still checked by axe in `npm test`.
export const storyUrl = (base, storyId) => `${base}/iframe.html?id=${storyId}&viewMode=story&globals=a11y.manual:!true`;
