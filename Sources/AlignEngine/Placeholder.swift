import AlignModel
