import { DETAILED_MAX_NODES, DRAFT_MAX_NODES, layoutForSize } from '../../client/src/graph/layout-for-size';

describe('layoutForSize', () => {
  it('keeps the careful, animated fcose picture and always-drawn labels for small views', () => {
    const choice = layoutForSize({ nodeCount: 50, edgeCount: 80 });
    expect(choice.layout).toEqual({ kind: 'fcose-proof', animate: true });
    expect(choice.renderer.kind).toBe('detailed');
    expect(choice.renderer.hideLabelsOnViewport).toBe(false);
  });

  it('switches to a draft force layout without viewport labels just above the detailed bound', () => {
    expect(layoutForSize({ nodeCount: DETAILED_MAX_NODES, edgeCount: 0 }).layout.kind).toBe('fcose-proof');
    const choice = layoutForSize({ nodeCount: DETAILED_MAX_NODES + 1, edgeCount: 0 });
    expect(choice.layout.kind).toBe('fcose-draft');
    expect(choice.renderer.hideLabelsOnViewport).toBe(true);
    expect(choice.renderer.textureOnViewport).toBe(false);
  });

  it('places large views without a force layout and pans them on a texture', () => {
    expect(layoutForSize({ nodeCount: DRAFT_MAX_NODES, edgeCount: 0 }).layout.kind).toBe('fcose-draft');
    const choice = layoutForSize({ nodeCount: 5000, edgeCount: 10000 });
    expect(choice.layout).toEqual({ kind: 'preset' });
    expect(choice.renderer).toMatchObject({
      kind: 'texture-viewport',
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
    });
  });

  it('uses the WebGL renderer for large views only when a GPU draws it', () => {
    expect(layoutForSize({ nodeCount: 5000, edgeCount: 10000, gpu: true }).renderer).toMatchObject({
      kind: 'webgl',
      webgl: true,
      hideEdgesOnViewport: false,
    });
    expect(layoutForSize({ nodeCount: 5000, edgeCount: 10000 }).renderer.webgl).toBe(false);
    expect(layoutForSize({ nodeCount: 50, edgeCount: 80, gpu: true }).renderer.webgl).toBe(false);
  });

  it('counts a dense graph as a bigger one', () => {
    expect(layoutForSize({ nodeCount: 250, edgeCount: 500 }).layout.kind).toBe('fcose-proof');
    expect(layoutForSize({ nodeCount: 250, edgeCount: 2000 }).layout.kind).toBe('fcose-draft');
  });

  it('rejects a negative or non-finite size', () => {
    expect(() => layoutForSize({ nodeCount: -1, edgeCount: 0 })).toThrow(/nodeCount/);
    expect(() => layoutForSize({ nodeCount: Number.NaN, edgeCount: 0 })).toThrow(/nodeCount/);
  });
});
