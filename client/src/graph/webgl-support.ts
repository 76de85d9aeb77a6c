/**
 * Whether this browser draws WebGL on a GPU. Cytoscape's WebGL renderer only pays off on real graphics
 * hardware: on a software rasteriser (SwiftShader, llvmpipe — what headless Chromium and GPU-less VMs fall
 * back to) every frame costs CPU like the canvas renderer does, plus the texture uploads. So the answer is
 * read at run time from the unmasked renderer string, never assumed from the platform.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export type WebglSupport =
  { kind: 'gpu'; renderer: string } | { kind: 'software'; renderer: string } | { kind: 'none' };

export function detectWebgl({ createCanvas }: { createCanvas: () => HTMLCanvasElement }): WebglSupport {
  let gl: WebGLRenderingContext | WebGL2RenderingContext | null;
  try {
    const canvas = createCanvas();
    gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
      WebGLRenderingContext | WebGL2RenderingContext | null;
  } catch {
    return { kind: 'none' };
  }
  if (!gl) return { kind: 'none' };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return SOFTWARE_RENDERER.test(renderer) ? { kind: 'software', renderer } : { kind: 'gpu', renderer };
}
