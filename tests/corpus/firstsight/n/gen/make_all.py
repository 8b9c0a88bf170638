"""Rewrite every .eml/.json of set 'n' from the five layout generators."""
import glob
import os
import importlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

if __name__ == "__main__":
    for f in glob.glob(os.path.join(OUT, "n-*.eml")) + glob.glob(os.path.join(OUT, "n-*.json")):
        os.remove(f)
    for mod in ["layout66_two_column_pdf", "layout67_signs_of_safety_mapping", "layout68_letter_body",
                "layout69_marked_options", "layout70_agency_grid"]:
        importlib.import_module(mod).main()
        print("built", mod)
