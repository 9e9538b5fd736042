"""`career-pipeline tag --input-format conllu --output-format conllu` on the committed models."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import _register, app
from pipeline.tagging.runtime import StanzaTagger

CONLLU = """# sent_id = mine-1
# text = कंपनी में नौकरी के लिए आवेदन करें।
1\tकंपनी\t_\t_\t_\t_\t_\t_\t_\t_
2\tमें\t_\t_\t_\t_\t_\t_\t_\t_
3\tनौकरी\t_\t_\t_\t_\t_\t_\t_\t_
4\tके\t_\t_\t_\t_\t_\t_\t_\t_
5\tलिए\t_\t_\t_\t_\t_\t_\t_\t_
6\tआवेदन\t_\t_\t_\t_\t_\t_\t_\t_
7\tकरें\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
8\t।\t_\t_\t_\t_\t_\t_\t_\t_

# sent_id = mine-2
1\tকরিম\t_\t_\t_\t_\t_\t_\t_\t_
2\tঢাকায়\t_\t_\t_\t_\t_\t_\t_\t_
3\tকাজ\t_\t_\t_\t_\t_\t_\t_\t_
4\tকরেন\t_\t_\t_\t_\t_\t_\t_\t_
5\t।\t_\t_\t_\t_\t_\t_\t_\t_

"""


@pytest.mark.skipif(
    not (StanzaTagger().available("hi") and StanzaTagger().available("bn")),
    reason="models/stanza not present",
)
def test_tag_conllu_round_trip(tmp_path):
    _register()
    src = tmp_path / "in.conllu"
    src.write_text(CONLLU, encoding="utf-8")
    out = tmp_path / "out.conllu"
    result = CliRunner().invoke(
        app,
        ["tag", str(src), "-o", str(out), "--input-format", "conllu", "--output-format", "conllu"],
    )
    assert result.exit_code == 0, result.output
    blocks = out.read_text(encoding="utf-8").strip().split("\n\n")
    assert len(blocks) == 2
    hi = [line.split("\t") for line in blocks[0].splitlines() if not line.startswith("#")]
    assert blocks[0].splitlines()[0] == "# sent_id = mine-1"
    assert [r[1] for r in hi] == ["कंपनी", "में", "नौकरी", "के", "लिए", "आवेदन", "करें", "।"]
    assert [r[3] for r in hi][1:5] == ["ADP", "NOUN", "ADP", "ADP"]
    assert hi[3][2] == "के" and hi[-1][3] == "PUNCT"
    assert hi[6][9] == "SpaceAfter=No"
    bn = [line.split("\t") for line in blocks[1].splitlines() if not line.startswith("#")]
    assert all(r[9].startswith("NER=") for r in bn)
    assert bn[-1][3] == "PUNCT" and bn[-1][9] == "NER=O"
