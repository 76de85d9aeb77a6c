import { detectWebgl } from '../../client/src/graph/webgl-support';

/** A canvas whose WebGL context reports `renderer` (or no context at all). */
function fakeCanvas({ renderer }: { renderer: string | null }) {
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (name: string) => (name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : null),
    getParameter: () => renderer,
  };
  return () => ({ getContext: () => (renderer === null ? null : gl) }) as unknown as HTMLCanvasElement;
}

describe('detectWebgl', () => {
  it('calls a hardware renderer a GPU', () => {
    expect(detectWebgl({ createCanvas: fakeCanvas({ renderer: 'ANGLE (NVIDIA, GeForce RTX 3060)' }) })).toEqual({
      kind: 'gpu',
      renderer: 'ANGLE (NVIDIA, GeForce RTX 3060)',
    });
  });

  it('calls SwiftShader and llvmpipe software, so large views keep the canvas renderer', () => {
    expect(
      detectWebgl({
        createCanvas: fakeCanvas({ renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))' }),
      }).kind,
    ).toBe('software');
    expect(detectWebgl({ createCanvas: fakeCanvas({ renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' }) }).kind).toBe(
      'software',
    );
  });

  it('reports none without a WebGL context or when creating one throws', () => {
    expect(detectWebgl({ createCanvas: fakeCanvas({ renderer: null }) })).toEqual({ kind: 'none' });
    expect(
      detectWebgl({
        createCanvas: () => {
          throw new Error('no canvas');
        },
      }),
    ).toEqual({ kind: 'none' });
  });
});
