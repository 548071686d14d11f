/**
 * The floor of the first-frame benchmark: a page that draws one triangle with WebGL2 and nothing
 * else. What it takes (a renderer process, a WebGL context on SwiftShader, one shader program)
 * is in every page's first frame; the bare Sigma page and the app add their work on top.
 */
const canvas = document.querySelector("canvas");
const gl = canvas?.getContext("webgl2");
if (!canvas || !gl) {
  document.body.dataset.bareState = "error";
} else {
  canvas.width = canvas.clientWidth;
  canvas.height = canvas.clientHeight;
  const shader = (type: number, source: string) => {
    const compiled = gl.createShader(type)!;
    gl.shaderSource(compiled, source);
    gl.compileShader(compiled);
    return compiled;
  };
  const program = gl.createProgram()!;
  gl.attachShader(program, shader(gl.VERTEX_SHADER, "#version 300 es\nvoid main() { vec2 p[3] = vec2[3](vec2(-0.5, -0.5), vec2(0.5, -0.5), vec2(0.0, 0.5)); gl_Position = vec4(p[gl_VertexID], 0.0, 1.0); }"));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, "#version 300 es\nprecision mediump float;\nout vec4 color;\nvoid main() { color = vec4(0.4, 0.4, 0.4, 1.0); }"));
  gl.linkProgram(program);
  gl.useProgram(program);
  gl.viewport(0, 0, canvas.width, canvas.height);
  gl.drawArrays(gl.TRIANGLES, 0, 3);
  Object.assign(window, { __bare: { nodes: 0, edges: 0 } });
  document.body.dataset.bareState = "ready";
}
